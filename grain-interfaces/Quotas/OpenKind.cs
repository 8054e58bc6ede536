namespace LlmActors.Quotas;

/// <summary>
/// The kinds of per-project state that are counted against a limit and expire when idle (a stored response: when
/// its retention has passed since it was created).
/// </summary>
[GenerateSerializer, Alias("quota.open-kind")]
public enum OpenKind
{
    File = 0,
    Conversation = 1,
    Response = 2,
}
