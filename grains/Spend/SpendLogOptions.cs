namespace LlmActors.Grains.Spend;

/// <summary>The <c>SpendLog</c> section: buffer sizes and batching of the spend log.</summary>
public sealed class SpendLogOptions
{
    public const string Section = "SpendLog";

    /// <summary>Records kept by the in-memory log (embedded mode); the oldest go first.</summary>
    public int MemoryCapacity { get; set; } = 100_000;

    /// <summary>Records waiting for PostgreSQL; when full, new records are dropped and counted rather than block a request.</summary>
    public int BufferCapacity { get; set; } = 100_000;

    /// <summary>Most rows one COPY writes.</summary>
    public int BatchSize { get; set; } = 2_000;

    /// <summary>Wait before retrying a batch that failed to write.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
