namespace LlmActors.Tests.Support;

/// <summary>The support API with the cache and classifier embedding through a catalog model instead of locally.</summary>
public sealed class ModelEmbeddingsFixture() : SupportApiFixture(new Dictionary<string, string?> { ["Embeddings:Model"] = "sim-embed" });
