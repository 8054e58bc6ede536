namespace LlmActors.Code;

/// <summary>
/// Completion statistics of one file or one project. <see cref="Total"/> counts completion requests
/// answered (prefetches are not requests); <see cref="ModelCalls"/> counts model calls started, prefetches
/// included, so a prefetch joined by the first request shows as one call for one request.
/// </summary>
[GenerateSerializer, Immutable, Alias("code.stats")]
public sealed record CodeStats(
    [property: Id(0)] long Total,
    [property: Id(1)] long CacheHits,
    [property: Id(2)] long Timeouts,
    [property: Id(3)] long Cancelled,
    [property: Id(4)] long Joined,
    [property: Id(5)] long Errors,
    [property: Id(6)] long ModelCalls,
    [property: Id(7)] double P50Ms,
    [property: Id(8)] double P99Ms)
{
    public double CacheHitRate => Total == 0 ? 0 : (double)CacheHits / Total;

    public double TimeoutRate => Total == 0 ? 0 : (double)Timeouts / Total;
}
