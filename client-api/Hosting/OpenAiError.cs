using System.Text.Json.Serialization;

namespace LlmActors.Api.Hosting;

/// <summary>The OpenAI error body: <c>{"error": {"message", "type", "param", "code"}}</c>.</summary>
public sealed record OpenAiError([property: JsonPropertyName("error")] OpenAiErrorDetail Error)
{
    public static OpenAiError Of(string message, string type, string? code, string? param = null) =>
        new(new OpenAiErrorDetail(message, type, param, code));
}

public sealed record OpenAiErrorDetail(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("param")] string? Param,
    [property: JsonPropertyName("code")] string? Code);
