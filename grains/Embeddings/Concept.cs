namespace LlmActors.Grains.Embeddings;

/// <summary>
/// A meaning that customers express in many words: "send back", "return", 退货 and 退回 are all <c>return</c>.
/// Its <see cref="ConceptRole"/> sets its weight and how the cache's topic guard treats it.
/// </summary>
public sealed record Concept(string Name, ConceptRole Role, IReadOnlyList<string> English, IReadOnlyList<string> Chinese);
