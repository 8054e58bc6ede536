namespace LlmActors.Grains.Caching;

/// <summary>
/// One cached answer as it is persisted. The vector is kept as the 8-bit codes the index scans
/// (<see cref="VectorCodec"/>), so a reload restores exactly what was compared before.
/// </summary>
[GenerateSerializer, Alias("caching.entry")]
public sealed class CacheEntry
{
    [Id(0)] public string ExactKey { get; set; } = "";
    [Id(1)] public string Question { get; set; } = "";
    [Id(2)] public string Answer { get; set; } = "";
    [Id(3)] public string Model { get; set; } = "";
    [Id(4)] public DateTimeOffset CreatedAt { get; set; }
    [Id(5)] public DateTimeOffset ExpiresAt { get; set; }
    [Id(6)] public DateTimeOffset LastUsedAt { get; set; }
    [Id(7)] public long Hits { get; set; }
    [Id(8)] public byte[] Vector { get; set; } = [];
    [Id(9)] public float VectorScale { get; set; }
    [Id(10)] public string[] Topics { get; set; } = [];

    /// <summary>The question's informative units; null for an entry kept before they were, which then answers only exact repeats.</summary>
    [Id(11)] public string[]? Units { get; set; }

    /// <summary>The FAQ intent the question was clearly nearest when it was answered; null for none.</summary>
    [Id(12)] public string? Intent { get; set; }
}
