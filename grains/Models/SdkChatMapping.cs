using LlmActors.Chat;
using OpenAI.Chat;
using SdkMessage = OpenAI.Chat.ChatMessage;

namespace LlmActors.Grains.Models;

/// <summary>Our validated request → the OpenAI SDK's messages and options.</summary>
public static class SdkChatMapping
{
    public static List<SdkMessage> Messages(IReadOnlyList<LlmActors.Chat.ChatMessage> messages) =>
        [.. messages.Select(m => m.Role switch
        {
            // "developer" is OpenAI's newer name for system; most OpenAI-compatible servers know only system.
            "system" or "developer" => (SdkMessage)new SystemChatMessage(m.Content),
            "assistant" => new AssistantChatMessage(m.Content),
            _ => new UserChatMessage(m.Content),
        })];

    public static ChatCompletionOptions Options(ChatSampling sampling, int maxOutputTokens, string? userId)
    {
        var options = new ChatCompletionOptions
        {
            MaxOutputTokenCount = maxOutputTokens,
            Temperature = sampling.Temperature,
            TopP = sampling.TopP,
            FrequencyPenalty = sampling.FrequencyPenalty,
            PresencePenalty = sampling.PresencePenalty,
            EndUserId = userId,
        };
#pragma warning disable OPENAI001 // Seed is marked experimental in the SDK; providers that ignore it lose nothing.
        options.Seed = sampling.Seed;
#pragma warning restore OPENAI001
        foreach (var stop in sampling.Stop ?? [])
        {
            options.StopSequences.Add(stop);
        }

        if (sampling.JsonObject)
        {
            options.ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat();
        }

        return options;
    }

    public static string? FinishReason(ChatFinishReason? reason) => reason switch
    {
        null => null,
        ChatFinishReason.Stop => "stop",
        ChatFinishReason.Length => "length",
        ChatFinishReason.ContentFilter => "content_filter",
        ChatFinishReason.ToolCalls => "tool_calls",
        ChatFinishReason.FunctionCall => "function_call",
        _ => "stop",
    };
}
