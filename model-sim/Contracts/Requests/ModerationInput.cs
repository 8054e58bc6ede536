namespace LlmActors.ModelSim.Contracts;

/// <summary><c>input</c> of a moderation: strings (one result each) or content parts (one result).</summary>
internal sealed record ModerationInput(List<string>? Texts, List<ContentPartBody?>? Parts);
