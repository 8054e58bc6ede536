using LlmActors.Chat;

namespace LlmActors.Embeddings;

/// <summary>One vector per input, in input order, or the error that replaced them.</summary>
[GenerateSerializer, Immutable, Alias("embeddings.result")]
public sealed record EmbeddingResult(
    [property: Id(0)] float[][]? Vectors,
    [property: Id(1)] ChatUsage? Usage,
    [property: Id(2)] CallError? Error)
{
    public static EmbeddingResult Failed(CallError error) => new(null, null, error);
}
