namespace LlmActors.Code;

/// <summary>One answered request (or a started prefetch) as a file reports it to its project's statistics.</summary>
[GenerateSerializer, Immutable, Alias("code.completion-sample")]
public sealed record CompletionSample(
    [property: Id(0)] CompletionOutcome Outcome,
    [property: Id(1)] double LatencyMs,
    [property: Id(2)] bool StartedModelCall);
