using LlmActors.Code;

namespace LlmActors.Api.Apis.Code;

/// <summary>The JSON answer of <c>GET /v1/code/stats</c>; <see cref="Path"/> is null for the project's totals.</summary>
public sealed record StatsResponse(
    string? Path, long Total, long CacheHits, long Timeouts, double CacheHitRate, double TimeoutRate, double P50Ms, double P99Ms,
    long Cancelled, long Joined, long Errors, long ModelCalls)
{
    public static StatsResponse From(string? path, CodeStats s) =>
        new(path, s.Total, s.CacheHits, s.Timeouts, Math.Round(s.CacheHitRate, 4), Math.Round(s.TimeoutRate, 4), s.P50Ms, s.P99Ms,
            s.Cancelled, s.Joined, s.Errors, s.ModelCalls);
}
