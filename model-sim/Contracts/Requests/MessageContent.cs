namespace LlmActors.ModelSim.Contracts;

/// <summary>OpenAI's content union: a plain string, or an array of typed parts.</summary>
internal sealed record MessageContent(string? Text, List<ContentPartBody?>? Parts);
