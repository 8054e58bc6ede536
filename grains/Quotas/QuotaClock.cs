namespace LlmActors.Grains.Quotas;

/// <summary>
/// The clock idle timeouts run on: a keyed registration, as <see cref="Caching.CacheClock"/>, so tests can move
/// days forward without moving the clock Orleans and the model calls run on.
/// </summary>
public static class QuotaClock
{
    public const string Key = "llmactors.quota-clock";
}
