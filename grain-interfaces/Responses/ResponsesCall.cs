using LlmActors.Chat;

namespace LlmActors.Responses;

/// <summary>
/// A validated Responses request: the chat request (<see cref="ChatEndpoint.Responses"/>, the client's body), the id
/// the gateway gave the response, the response it continues, whether to keep it, and when it was created (Unix s).
/// </summary>
[GenerateSerializer, Immutable, Alias("responses.call")]
public sealed record ResponsesCall(
    [property: Id(0)] ChatRequest Request,
    [property: Id(1)] string ResponseId,
    [property: Id(2)] string? PreviousResponseId,
    [property: Id(3)] bool Store,
    [property: Id(4)] long CreatedAt);
