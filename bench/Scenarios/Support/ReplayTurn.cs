namespace LlmActors.Bench.Scenarios.Support;

/// <summary>One answered message of a replay: what it cost, how long the customer waited, how it was routed.</summary>
public sealed record ReplayTurn(string? Topic, string Message, double LatencyMs, decimal CostUsd, string Tier, string Cache, string? MatchedQuestion, bool Ok);
