namespace LlmActors.Grains.Caching;

/// <summary>
/// The clock the cache's time-to-live runs on: a keyed registration, so tests can move cache time forward
/// without moving the clock Orleans itself runs on.
/// </summary>
public static class CacheClock
{
    public const string Key = "llmactors.cache-clock";
}
