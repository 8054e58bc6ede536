namespace LlmActors.Grains.Translation;

/// <summary>
/// A request holds something the deployment's API has no equivalent for (a built-in tool sent to Chat Completions, a
/// JSON schema sent to Anthropic). It is the request's fault, not the deployment's: answered 400 naming the field,
/// never retried elsewhere and never counted against a breaker.
/// </summary>
public sealed class TranslationException(string message, string? param = null) : Exception(message)
{
    public string? Param { get; } = param;
}
