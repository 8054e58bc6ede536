namespace LlmActors.ModelSim.Configuration;

internal static class EmbeddingLimits
{
    /// <summary>The largest vector any OpenAI embedding model returns; beyond it a request is surely a mistake.</summary>
    public const int MaxDimensions = 3072;

    /// <summary>OpenAI's cap on inputs per embeddings request.</summary>
    public const int MaxInputs = 2048;
}
