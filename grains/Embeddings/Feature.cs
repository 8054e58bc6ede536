namespace LlmActors.Grains.Embeddings;

/// <summary>One weighted text feature, already hashed.</summary>
internal readonly record struct Feature(ulong Hash, float Weight);
