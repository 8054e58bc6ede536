namespace LlmActors.Quotas;

/// <summary>The kinds of per-project state that are counted against a limit and expire when idle.</summary>
[GenerateSerializer, Alias("quota.open-kind")]
public enum OpenKind
{
    File = 0,
    Conversation = 1,
}
