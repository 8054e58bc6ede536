namespace LlmActors.Chat;

/// <summary>One chat message; roles are system, developer, user, assistant.</summary>
[GenerateSerializer, Immutable, Alias("chat.message")]
public sealed record ChatMessage([property: Id(0)] string Role, [property: Id(1)] string Content);
