namespace LlmActors.Code;

/// <summary>
/// One item of a streamed completion: text deltas (the first names the model), then exactly one terminal
/// item carrying the whole answer in <see cref="Final"/>, as the unary call would have returned it.
/// </summary>
[GenerateSerializer, Immutable, Alias("code.completion-chunk")]
public sealed record CodeCompletionChunk(
    [property: Id(0)] string? Delta,
    [property: Id(1)] string? Model,
    [property: Id(2)] CodeCompletion? Final)
{
    public bool IsTerminal => Final is not null;
}
