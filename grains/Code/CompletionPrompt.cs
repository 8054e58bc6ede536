using LlmActors.Chat;

namespace LlmActors.Grains.Code;

/// <summary>
/// The chat request for a completion: a system message that asks for code only (and carries the
/// simulator's code-completion cue), and the trimmed context with the cursor marked.
/// </summary>
public static class CompletionPrompt
{
    public const string CursorMarker = "<CURSOR>";

    private const string Instructions =
        "You are a code completion engine. Complete the code at " + CursorMarker + ". Answer with only the code to insert " +
        "at the cursor: no explanations, no markdown fences, nothing that is already there.";

    public static ChatRequest For(string projectId, string path, CodeContext context, string model, int maxOutputTokens)
    {
        var user = $"File: {path} ({context.Language})\n{context.Prefix}{CursorMarker}{context.Suffix}";
        return new ChatRequest(
            projectId,
            UserId: null,
            RequestId: "code-" + Guid.NewGuid().ToString("N"),
            model,
            [new ChatMessage("system", Instructions), new ChatMessage("user", user)],
            new ChatSampling(MaxOutputTokens: maxOutputTokens));
    }
}
