namespace LlmActors.Grains.Models;

/// <summary>One deployment's answer to a scoring call: the scores (null when unreadable) and the tokens it used.</summary>
internal sealed record ScoringAnswer(StageScore[]? Scores, int PromptTokens, int CompletionTokens);
