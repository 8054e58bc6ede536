namespace LlmActors.Grains.Budgets;

/// <summary>The <c>Budgets</c> section: reservation lifetime, retry dedupe horizon, commit retries.</summary>
public sealed class BudgetOptions
{
    public const string Section = "Budgets";

    /// <summary>
    /// A reservation never committed or released is dropped after this long (a crashed caller). It must outlive the
    /// longest model call (a stream may run <c>Models:Resilience:StreamTimeout</c>); the options refuse a shorter one.
    /// </summary>
    public TimeSpan ReservationTtl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often a budget grain looks for expired reservations.</summary>
    public TimeSpan ExpiryScanInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a committed request id is remembered (and persisted) so a retried commit is not charged twice.</summary>
    public TimeSpan SettledRetention { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Upper bound on remembered request ids per budget (8 bytes each in memory). A retried commit or request is
    /// recognised while it is among the last <c>MaxSettledIds</c> commits and within <see cref="SettledRetention"/>.
    /// </summary>
    public int MaxSettledIds { get; set; } = 8192;

    /// <summary>
    /// How much of that memory each durable write carries: the ids committed within this long before the newest.
    /// Those are the commits whose acknowledgement a crash can have lost, so the only ones a commit retried after
    /// failover can repeat (the gate retries for <see cref="CommitRetryFor"/>, but a retry of a commit that reached
    /// storage carries an id from just before the crash). Bounding it keeps a hot budget's writes small.
    /// </summary>
    public TimeSpan SettledPersistFor { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long the gate keeps retrying a commit that failed in transit (e.g. the budget's silo died).</summary>
    public TimeSpan CommitRetryFor { get; set; } = TimeSpan.FromSeconds(15);
}
