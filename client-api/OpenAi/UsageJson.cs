using System.Text.Json;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

public static class UsageJson
{
    public static void Write(Utf8JsonWriter json, ChatUsage usage)
    {
        json.WriteStartObject("usage");
        json.WriteNumber("prompt_tokens", usage.PromptTokens);
        json.WriteNumber("completion_tokens", usage.CompletionTokens);
        json.WriteNumber("total_tokens", usage.TotalTokens);
        json.WriteEndObject();
    }
}
