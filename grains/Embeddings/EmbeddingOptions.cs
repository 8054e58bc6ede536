namespace LlmActors.Grains.Embeddings;

/// <summary>The <c>Embeddings</c> section: which embedder the cache and the classifier share.</summary>
public sealed class EmbeddingOptions
{
    public const string Section = "Embeddings";

    /// <summary>Bucket count of the local hashing embedder: more buckets, fewer collisions, slower lookups.</summary>
    public int Dimensions { get; set; } = 256;

    /// <summary>Adds the retail customer-service concepts (<see cref="SupportLexicon"/>) as features.</summary>
    public bool UseSupportLexicon { get; set; } = true;

    /// <summary>Weight of one topical concept relative to one ordinary word.</summary>
    public float ConceptWeight { get; set; } = 4f;
}
