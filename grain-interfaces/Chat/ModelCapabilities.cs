namespace LlmActors.Chat;

/// <summary>What a request needs from a model beyond plain text, and what a catalog entry declares it supports.</summary>
[Flags]
[GenerateSerializer, Alias("chat.model-capabilities")]
public enum ModelCapabilities
{
    None = 0,
    Tools = 1,
    Vision = 2,
    Audio = 4,
    JsonSchema = 8,
    Reasoning = 16,
    Files = 32,
    All = Tools | Vision | Audio | JsonSchema | Reasoning | Files,
}
