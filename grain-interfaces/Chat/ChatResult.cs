namespace LlmActors.Chat;

/// <summary>A whole chat answer, or the error that replaced it.</summary>
[GenerateSerializer, Immutable, Alias("chat.result")]
public sealed record ChatResult(
    [property: Id(0)] string? Content,
    [property: Id(1)] string? FinishReason,
    [property: Id(2)] ChatUsage? Usage,
    [property: Id(3)] CallError? Error)
{
    public static ChatResult Failed(CallError error) => new(null, null, null, error);
}
