namespace LlmActors.ModelSim.Chat;

/// <summary>A prompt's tokens and, of those, how many are audio.</summary>
internal readonly record struct PromptCount(int Tokens, int AudioTokens);
