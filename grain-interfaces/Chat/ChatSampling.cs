namespace LlmActors.Chat;

/// <summary>The generation settings a request may set; each is passed to the provider as given.</summary>
[GenerateSerializer, Immutable, Alias("chat.sampling")]
public sealed record ChatSampling(
    [property: Id(0)] int? MaxOutputTokens = null,
    [property: Id(1)] float? Temperature = null,
    [property: Id(2)] float? TopP = null,
    [property: Id(3)] float? FrequencyPenalty = null,
    [property: Id(4)] float? PresencePenalty = null,
    [property: Id(5)] long? Seed = null,
    [property: Id(6)] string[]? Stop = null,
    [property: Id(7)] bool JsonObject = false)
{
    public static readonly ChatSampling Default = new();
}
