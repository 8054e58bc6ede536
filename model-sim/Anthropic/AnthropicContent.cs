namespace LlmActors.ModelSim.Anthropic;

/// <summary>Anthropic's content union: a plain string, or an array of typed blocks.</summary>
internal sealed record AnthropicContent(string? Text, List<AnthropicBlockBody?>? Blocks);
