namespace LlmActors.Chat;

/// <summary>
/// A whole chat answer, or the error that replaced it. <see cref="Body"/> is the provider's answer as it came,
/// with only <c>model</c> rewritten to the logical name; <see cref="Content"/> is its first choice's text, for the
/// gateway's own use (caches, conversation history).
/// </summary>
[GenerateSerializer, Immutable, Alias("chat.result")]
public sealed record ChatResult(
    [property: Id(0)] string? Content,
    [property: Id(1)] string? FinishReason,
    [property: Id(2)] ChatUsage? Usage,
    [property: Id(3)] CallError? Error,
    [property: Id(4)] byte[]? Body = null)
{
    public static ChatResult Failed(CallError error) => new(null, null, null, error);
}
