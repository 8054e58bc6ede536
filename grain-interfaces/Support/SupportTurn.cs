namespace LlmActors.Support;

/// <summary>One customer message in a conversation the gateway keeps.</summary>
[GenerateSerializer, Immutable, Alias("support.turn")]
public sealed record SupportTurn(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Message,
    [property: Id(2)] string? UserId);
