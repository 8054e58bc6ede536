namespace LlmActors.Support;

/// <summary>
/// One customer message in a conversation the gateway keeps. <see cref="RequestId"/> is this execution's budget id;
/// <see cref="ClientKey"/> the client's idempotency key, if it sent one, by which a retried turn is recognised.
/// </summary>
[GenerateSerializer, Immutable, Alias("support.turn")]
public sealed record SupportTurn(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Message,
    [property: Id(2)] string? UserId,
    [property: Id(3)] string? ClientKey = null);
