namespace LlmActors.Grains.Budgets;

/// <summary>A committed request id and when it was committed; persisted so retries stay deduplicated across failover.</summary>
[GenerateSerializer, Immutable, Alias("budget.committed")]
public sealed record CommittedRequest([property: Id(0)] string RequestId, [property: Id(1)] DateTimeOffset At);
