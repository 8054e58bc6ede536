namespace LlmActors.Chat;

/// <summary>
/// What the API read from a forwarded request beyond its message text, for the budget estimate and for the rules
/// that depend on it: the capabilities it needs, the texts that are sent to the model besides the messages (tool
/// schemas, earlier tool calls), the tokens its images, audio and files cost by the provider's published rules,
/// how many choices it asks for, and the fields it holds that OpenAI does not define (for a project's strictParams).
/// </summary>
[GenerateSerializer, Immutable, Alias("chat.prompt-shape")]
public sealed record PromptShape(
    [property: Id(0)] ModelCapabilities Needs,
    [property: Id(1)] string[] ExtraTexts,
    [property: Id(2)] int MediaTokens,
    [property: Id(3)] int Choices,
    [property: Id(4)] string[] UnknownFields,
    [property: Id(5)] bool Logprobs = false,
    [property: Id(6)] bool ClientWantsUsage = false)
{
    public static readonly PromptShape Text = new(ModelCapabilities.None, [], 0, 1, []);

    /// <summary>Only a plain text answer of one choice may be served from (or kept in) the semantic cache.</summary>
    public bool IsPlainText => Needs == ModelCapabilities.None && Choices <= 1 && !Logprobs;
}
