namespace LlmActors.Tests.Code;

public sealed record Stats(
    string? Path, long Total, long CacheHits, long Timeouts, double CacheHitRate, double TimeoutRate, double P50Ms, double P99Ms,
    long Cancelled, long Joined, long Errors, long ModelCalls);
