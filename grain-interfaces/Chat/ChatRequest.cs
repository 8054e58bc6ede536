namespace LlmActors.Chat;

/// <summary>A validated chat completion request, acting for one project (and optionally one of its users).</summary>
[GenerateSerializer, Immutable, Alias("chat.request")]
public sealed record ChatRequest(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string? UserId,
    [property: Id(2)] string RequestId,
    [property: Id(3)] string Model,
    [property: Id(4)] ChatMessage[] Messages,
    [property: Id(5)] ChatSampling Sampling);
