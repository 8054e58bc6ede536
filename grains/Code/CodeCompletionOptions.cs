namespace LlmActors.Grains.Code;

/// <summary>The <c>Code</c> section: how code completion trims, caches, prefetches, streams and times out.</summary>
public sealed class CodeCompletionOptions
{
    public const string Section = "Code";

    /// <summary>The catalog model that completes code.</summary>
    public string Model { get; set; } = "sim-code";

    public int LinesBefore { get; set; } = 50;

    public int LinesAfter { get; set; } = 10;

    /// <summary>
    /// Longest a client waits for its answer: by then it has what is available. Zero turns it off (baseline only).
    /// </summary>
    public TimeSpan HardTimeout { get; set; } = TimeSpan.FromMilliseconds(3000);

    /// <summary>
    /// The part of <see cref="HardTimeout"/> kept for the answer's way back (grain → API host → client), so the
    /// grain answers this much before the deadline and the client still has the answer on time.
    /// </summary>
    public TimeSpan DeliveryMargin { get; set; } = TimeSpan.FromMilliseconds(100);

    public int MaxOutputTokens { get; set; } = 64;

    /// <summary>
    /// How long the code model may take to its first streamed token before the next model of its fallback chain
    /// takes over (hedging the model's slow tail); zero = the model layer's <c>Models:Resilience:FirstTokenTimeout</c>.
    /// </summary>
    public TimeSpan FirstTokenTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Completions kept per file (least recently used evicted first).</summary>
    public int CacheCapacity { get; set; } = 128;

    /// <summary>Of those, how many survive a restart.</summary>
    public int PersistedEntries { get; set; } = 32;

    /// <summary>Most characters a user may type through a cached completion and still be served its rest.</summary>
    public int MaxTypeAhead { get; set; } = 64;

    /// <summary>How often changed statistics and cache entries are written (and always on deactivation).</summary>
    public TimeSpan PersistInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Warm a completion when a file opens. Off only to measure the baseline.</summary>
    public bool Prefetch { get; set; } = true;

    /// <summary>Answer from the completion cache. Off only to measure the baseline.</summary>
    public bool Cache { get; set; } = true;

    /// <summary>Stream from the model, so a timeout can answer with partial text. Off only to measure the baseline.</summary>
    public bool Streaming { get; set; } = true;

    public bool HasTimeout => HardTimeout > TimeSpan.Zero;

    /// <summary>How long the grain waits for the model before it answers with what it has; null = no limit.</summary>
    public TimeSpan? GrainDeadline => HasTimeout ? HardTimeout - DeliveryMargin : null;

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return "Code:Model is required.";
        }

        if (LinesBefore is < 0 or > 10_000 || LinesAfter is < 0 or > 10_000)
        {
            yield return "Code:LinesBefore and Code:LinesAfter must be 0 to 10000.";
        }

        if (HardTimeout < TimeSpan.Zero || FirstTokenTimeout < TimeSpan.Zero || MaxOutputTokens < 1 || CacheCapacity < 0 || PersistedEntries < 0 || MaxTypeAhead < 0)
        {
            yield return "Code:HardTimeout, FirstTokenTimeout, MaxOutputTokens, CacheCapacity, PersistedEntries and MaxTypeAhead must not be negative (MaxOutputTokens >= 1).";
        }

        if (HasTimeout && (DeliveryMargin < TimeSpan.Zero || DeliveryMargin >= HardTimeout))
        {
            yield return "Code:DeliveryMargin must be at least zero and less than Code:HardTimeout.";
        }

        if (PersistInterval <= TimeSpan.Zero)
        {
            yield return "Code:PersistInterval must be positive.";
        }
    }
}
