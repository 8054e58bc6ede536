namespace LlmActors.ModelSim.Contracts;

/// <summary>Usage; the details are left out only on legacy completions, which never had them.</summary>
internal sealed record UsageResult(
    int PromptTokens,
    int CompletionTokens,
    int TotalTokens,
    PromptTokensDetails? PromptTokensDetails,
    CompletionTokensDetails? CompletionTokensDetails);
