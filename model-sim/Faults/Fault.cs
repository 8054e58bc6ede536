namespace LlmActors.ModelSim.Faults;

/// <summary>
/// The fault in force for one model; <see cref="DelayMs"/> is the extra first-token delay of <see cref="FaultMode.Slow"/>
/// and the <c>Retry-After</c> of <see cref="FaultMode.Throttled"/>.
/// </summary>
public sealed record Fault(FaultMode Mode, int DelayMs)
{
    /// <summary>Used when <c>slow</c> is set without <c>delayMs</c>: longer than any sensible first-token timeout.</summary>
    public const int DefaultSlowDelayMs = 5000;

    /// <summary>Used when <c>throttle</c> is set without <c>delayMs</c>.</summary>
    public const int DefaultRetryAfterMs = 1000;

    /// <summary>Upper bound on <c>delayMs</c> (10 minutes): anything longer is a typo, not a test.</summary>
    public const int MaxDelayMs = 600_000;

    /// <summary>How many content chunks a cut stream sends before the connection drops.</summary>
    public const int CutAfterChunks = 3;

    public static Fault Healthy { get; } = new(FaultMode.None, 0);

    /// <summary>Extra delay before the first token, not scaled by <c>LatencyScale</c> so it works in zero-latency tests.</summary>
    public int ExtraFirstTokenMs => Mode == FaultMode.Slow ? DelayMs : 0;
}
