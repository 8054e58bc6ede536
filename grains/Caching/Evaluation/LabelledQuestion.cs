namespace LlmActors.Grains.Caching.Evaluation;

/// <summary>A question with its intent (null for a near-miss that must not hit), language, and whether it is the intent's canonical form.</summary>
public sealed record LabelledQuestion(string? Intent, string Lang, bool Canonical, string Text);
