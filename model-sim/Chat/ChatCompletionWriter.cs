using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Chat;

/// <summary>Writes a whole <c>chat.completion</c>: one choice per <c>n</c>, with its message, calls, audio and logprobs.</summary>
internal static class ChatCompletionWriter
{
    public static Task WriteAsync(HttpResponse response, ChatRequest request, ChatAnswer answer) =>
        JsonResponse.WriteAsync(
            response,
            new ChatCompletionResult(
                ResponseIds.New("chatcmpl-"),
                "chat.completion",
                ResponseIds.UnixNow(),
                request.Model.Name,
                answer.Choices.Select(Choice).ToList(),
                answer.Usage.ToResult(),
                request.ServiceTier,
                SimFingerprint.Value),
            SimJsonContext.Default.ChatCompletionResult);

    private static ChatChoiceResult Choice(ChoiceAnswer choice)
    {
        var calls = choice.Calls;
        var message = new AssistantMessageResult(
            "assistant",
            calls.Count > 0 || choice.Audio is not null ? null : choice.Text.Text,
            null,
            calls.Count > 0 && !choice.LegacyFunction ? calls.Select(c => new ToolCallResult(c.Id, "function", new FunctionCallResult(c.Name, c.Arguments))).ToList() : null,
            choice.LegacyFunction ? new FunctionCallResult(calls[0].Name, calls[0].Arguments) : null,
            choice.Audio,
            []);
        var logprobs = choice.Logprobs is { } entries ? new ChoiceLogprobs(entries.Select(e => e.Entry).ToList(), null) : null;
        return new ChatChoiceResult(choice.Index, message, logprobs, choice.FinishReason);
    }
}
