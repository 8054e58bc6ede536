namespace LlmActors.Tests.Budgets;

/// <summary>What a client saw of one chat completion: its status, the tokens and cost it was charged, or the error code.</summary>
public sealed record ChatOutcome(HttpStatusCode Status, long Tokens, decimal CostUsd, string? Code, double RetryAfterSeconds)
{
    public bool Succeeded => Status == HttpStatusCode.OK;
}
