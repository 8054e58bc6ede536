namespace LlmActors.Grains.Support;

/// <summary>The FAQ intent a question is clearly nearest: its similarity, its lead over the next intent, and the units of its wording.</summary>
public sealed record IntentMatch(string Id, float Similarity, float Margin, string[] Units);
