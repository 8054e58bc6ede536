namespace LlmActors.Grains.Models;

/// <summary>Timeouts and circuit breaking applied per deployment (<c>Models:Resilience</c>).</summary>
public sealed class ResilienceOptions
{
    /// <summary>Longest one whole-response attempt may take before the next deployment is tried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// One end-to-end deadline for a whole answer (and for a stream to start), covering every attempt of its
    /// fallback chain: an attempt is cut short rather than run past it.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Longest a stream may wait for its first token before falling back.</summary>
    public TimeSpan FirstTokenTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest a stream may run in all, once started.</summary>
    public TimeSpan StreamTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest any model call can last: what a budget reservation must outlive.</summary>
    public TimeSpan LongestCall => StreamTimeout > RequestTimeout ? StreamTimeout : RequestTimeout;

    public double FailureRatio { get; set; } = 0.5;
    public int MinimumThroughput { get; set; } = 5;
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
