namespace LlmActors.Grains.Budgets;

/// <summary>The <c>Budgets</c> section: reservation lifetime, retry dedupe horizon, commit retries.</summary>
public sealed class BudgetOptions
{
    public const string Section = "Budgets";

    /// <summary>A reservation never committed or released is dropped after this long (a crashed caller).</summary>
    public TimeSpan ReservationTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a budget grain looks for expired reservations.</summary>
    public TimeSpan ExpiryScanInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a committed request id is remembered (and persisted) so a retried commit is not charged twice.</summary>
    public TimeSpan SettledRetention { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Upper bound on remembered request ids per budget. Each durable write carries them (8 bytes each), so this
    /// bounds the write size. A retried commit is recognised while fewer than this many newer commits have been
    /// made: after a failover that counts from the crash (the ids in flight then are the newest stored), so a
    /// retry arriving within <c>MaxSettledIds / rate</c> of the budget's reactivation is safe (8 s at 1,000/s).
    /// </summary>
    public int MaxSettledIds { get; set; } = 8192;

    /// <summary>How long the gate keeps retrying a commit that failed in transit (e.g. the budget's silo died).</summary>
    public TimeSpan CommitRetryFor { get; set; } = TimeSpan.FromSeconds(15);
}
