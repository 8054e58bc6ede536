namespace LlmActors.Moderation;

/// <summary>A validated <c>/v1/moderations</c> request: one decision per input, in order, charged to the project.</summary>
[GenerateSerializer, Immutable, Alias("moderation.request")]
public sealed record ModerationRequest(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string RequestId,
    [property: Id(2)] string[] Inputs);
