namespace LlmActors.Responses;

/// <summary>
/// A response as kept: <see cref="Response"/> is the Response object as it was answered (JSON, output items
/// included); <see cref="Input"/> the input items of its own turn (JSON each, a string input as a user message), not
/// those of earlier turns, which the chain through <see cref="PreviousResponseId"/> holds. <see cref="CreatedAt"/> is
/// when it was kept, which its retention runs from.
/// </summary>
[GenerateSerializer, Immutable, Alias("responses.stored")]
public sealed record StoredResponse(
    [property: Id(0)] string Response,
    [property: Id(1)] string[] Input,
    [property: Id(2)] string? PreviousResponseId,
    [property: Id(3)] DateTimeOffset CreatedAt);
