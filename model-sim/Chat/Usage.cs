namespace LlmActors.ModelSim.Chat;

internal readonly record struct Usage(int PromptTokens, int CompletionTokens)
{
    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject("usage"u8);
        json.WriteNumber("prompt_tokens"u8, PromptTokens);
        json.WriteNumber("completion_tokens"u8, CompletionTokens);
        json.WriteNumber("total_tokens"u8, PromptTokens + CompletionTokens);
        json.WriteStartObject("prompt_tokens_details"u8);
        json.WriteNumber("cached_tokens"u8, 0);
        json.WriteEndObject();
        json.WriteStartObject("completion_tokens_details"u8);
        json.WriteNumber("reasoning_tokens"u8, 0);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
