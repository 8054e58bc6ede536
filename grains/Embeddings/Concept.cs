namespace LlmActors.Grains.Embeddings;

/// <summary>
/// A meaning that customers express in many words: "send back", "return", 退货 and 退回 are all <c>return</c>.
/// Generic concepts (an order, an item) help a little; topical ones decide what a question is about.
/// </summary>
public sealed record Concept(string Name, bool Generic, IReadOnlyList<string> English, IReadOnlyList<string> Chinese);
