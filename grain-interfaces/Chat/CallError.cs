namespace LlmActors.Chat;

/// <summary>
/// Why a call did not produce an answer; <see cref="Param"/> names the offending field where there is one. When the
/// provider itself refused the request, <see cref="ProviderStatus"/> and <see cref="ProviderBody"/> hold its answer,
/// which the API passes on as it came (a gateway does not reword the provider's validation errors).
/// </summary>
[GenerateSerializer, Immutable, Alias("chat.call-error")]
public sealed record CallError(
    [property: Id(0)] CallStatus Status,
    [property: Id(1)] string Message,
    [property: Id(2)] string? Param = null,
    [property: Id(3)] TimeSpan RetryAfter = default,
    [property: Id(4)] int ProviderStatus = 0,
    [property: Id(5)] byte[]? ProviderBody = null,
    [property: Id(6)] string? Code = null);
