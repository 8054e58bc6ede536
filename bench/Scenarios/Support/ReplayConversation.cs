namespace LlmActors.Bench.Scenarios.Support;

/// <summary>One generated conversation: its customer messages in order, and the FAQ topic (null for a complex case).</summary>
public sealed record ReplayConversation(string Id, string? Topic, IReadOnlyList<string> Messages);
