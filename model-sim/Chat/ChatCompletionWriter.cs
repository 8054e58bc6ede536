namespace LlmActors.ModelSim.Chat;

/// <summary>Writes a whole <c>chat.completion</c> object.</summary>
internal static class ChatCompletionWriter
{
    public static Task WriteAsync(HttpResponse response, SimModel model, Answer answer, Usage usage) =>
        JsonResponse.WriteAsync(response, (model, answer, usage), static (json, state) =>
        {
            json.WriteStartObject();
            json.WriteString("id"u8, ResponseIds.New("chatcmpl-"));
            json.WriteString("object"u8, "chat.completion"u8);
            json.WriteNumber("created"u8, ResponseIds.UnixNow());
            json.WriteString("model"u8, state.model.EncodedName);
            json.WriteString("system_fingerprint"u8, SimFingerprint.Value);
            json.WriteStartArray("choices"u8);
            json.WriteStartObject();
            json.WriteNumber("index"u8, 0);
            json.WriteStartObject("message"u8);
            json.WriteString("role"u8, "assistant"u8);
            json.WriteString("content"u8, state.answer.Text);
            json.WriteNull("refusal"u8);
            json.WriteEndObject();
            json.WriteNull("logprobs"u8);
            json.WriteString("finish_reason"u8, state.answer.FinishReason);
            json.WriteEndObject();
            json.WriteEndArray();
            state.usage.Write(json);
            json.WriteEndObject();
        });
}
