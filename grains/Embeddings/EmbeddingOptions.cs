namespace LlmActors.Grains.Embeddings;

/// <summary>The <c>Embeddings</c> section: which embedder the cache and the classifier share.</summary>
public sealed class EmbeddingOptions
{
    public const string Section = "Embeddings";

    /// <summary>
    /// A catalog embedding model (e.g. <c>sim-embed</c>, or a provider's) to use instead of the local embedder;
    /// its calls are metered to the project whose message is embedded. Unset: the local embedder.
    /// </summary>
    public string? Model { get; set; }

    /// <summary>Requested output dimensions of <see cref="Model"/>, where the model supports choosing them.</summary>
    public int? ModelDimensions { get; set; }

    /// <summary>Bucket count of the local hashing embedder: more buckets, fewer collisions, slower lookups.</summary>
    public int Dimensions { get; set; } = 256;

    /// <summary>Adds the retail customer-service concepts (<see cref="SupportLexicon"/>) as features of the local embedder.</summary>
    public bool UseSupportLexicon { get; set; } = true;

    /// <summary>
    /// Opt-in for a retail desk: a phrase of the lexicon counts as one unit for its concept in the cache's
    /// explained-content check (<see cref="ContentUnits"/>), so its synonyms count as the same word. Off by default:
    /// its concepts are one business's ("installments" and "card" are both <c>payment</c>, right for a shop, wrong for
    /// a utility's payment plans), and on other desks they let wrong hits through (docs/support-cache.md).
    /// </summary>
    public bool UseLexiconSynonyms { get; set; }

    /// <summary>Weight of one topical concept relative to one ordinary word.</summary>
    public float ConceptWeight { get; set; } = 4f;
}
