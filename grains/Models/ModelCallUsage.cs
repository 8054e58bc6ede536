namespace LlmActors.Grains.Models;

/// <summary>One call to one deployment: what it used, how long it took and how it ended (ok, unavailable, rejected, invalid_answer).</summary>
public sealed record ModelCallUsage(ModelDefinition Model, int PromptTokens, int CompletionTokens, bool Fallback, double LatencyMs, string Outcome)
{
    public long TotalTokens => (long)PromptTokens + CompletionTokens;

    public decimal CostUsd => Model.Cost(PromptTokens, CompletionTokens);
}
