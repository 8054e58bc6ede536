namespace LlmActors.Moderation;

/// <summary>OpenAI's moderation categories, in the order its responses list them; every result names all of them.</summary>
public static class ModerationCategoryNames
{
    public static readonly IReadOnlyList<string> All =
    [
        "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit", "illicit/violent",
        "self-harm", "self-harm/instructions", "self-harm/intent", "sexual", "sexual/minors", "violence", "violence/graphic",
    ];
}
