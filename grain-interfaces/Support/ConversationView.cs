using LlmActors.Chat;

namespace LlmActors.Support;

/// <summary>A conversation as the API shows it: its turns so far, the messages it keeps, what it has cost.</summary>
[GenerateSerializer, Immutable, Alias("support.conversation")]
public sealed record ConversationView(
    [property: Id(0)] string ConversationId,
    [property: Id(1)] int Turns,
    [property: Id(2)] ChatMessage[] Messages,
    [property: Id(3)] decimal TotalCostUsd);
