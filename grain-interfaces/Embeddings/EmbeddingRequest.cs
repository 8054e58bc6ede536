namespace LlmActors.Embeddings;

[GenerateSerializer, Immutable, Alias("embeddings.request")]
public sealed record EmbeddingRequest(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string? UserId,
    [property: Id(2)] string RequestId,
    [property: Id(3)] string Model,
    [property: Id(4)] string[] Inputs,
    [property: Id(5)] int? Dimensions);
