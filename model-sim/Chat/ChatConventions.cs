namespace LlmActors.ModelSim.Chat;

/// <summary>
/// How a caller asks a chat model for something other than prose (documented in the README):
/// code when the model is a code model or a system message asks to complete code; a moderation risk score
/// when the model is a moderation model (a classifier answers nothing else), or when the response format is
/// JSON and a system message asks for moderation or a risk score.
/// </summary>
internal static class ChatConventions
{
    public static readonly string[] CodeCompletionCues = ["complete the code", "code completion", "complete this code", "补全代码", "代码补全"];

    public static readonly string[] ModerationCues = ["risk score", "moderation", "moderate", "风险", "审核"];

    public static bool IsCodeCompletion(ChatRequest request) =>
        request.Model.Kind == ModelKind.Code || request.HasSystemMessageContaining(CodeCompletionCues);

    public static bool IsModerationScoring(ChatRequest request) =>
        request.Model.Kind == ModelKind.Moderation
        || (request.Format != ResponseFormat.Text && request.HasSystemMessageContaining(ModerationCues));
}
