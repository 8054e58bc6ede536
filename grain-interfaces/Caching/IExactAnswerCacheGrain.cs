namespace LlmActors.Caching;

/// <summary>
/// One project's exact-answer cache (key: project id): answers by the canonical hash of the request that produced
/// them, so one project is never served another's. Kept in memory, bounded, each entry for its time to live.
/// </summary>
[Alias("caching.exact-answer-cache")]
public interface IExactAnswerCacheGrain : IGrainWithStringKey
{
    [Alias("find")]
    Task<ExactAnswer?> Find(string requestHash);

    [Alias("store")]
    Task Store(string requestHash, ExactAnswer answer, TimeSpan timeToLive);

    [Alias("purge")]
    Task Purge();
}
