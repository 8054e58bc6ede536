namespace LlmActors.Caching;

/// <summary>What one cache namespace holds: its entry count and the last use of its least recently used entry.</summary>
[GenerateSerializer, Immutable, Alias("caching.fill")]
public sealed record CacheFill([property: Id(0)] int Entries, [property: Id(1)] DateTimeOffset? OldestUse)
{
    public static readonly CacheFill Empty = new(0, null);
}
