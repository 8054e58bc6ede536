namespace LlmActors.ModelSim.Contracts;

internal sealed record PromptTokensDetails(int CachedTokens, int AudioTokens);
