using System.Text.Json;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>
/// A whole answer with the gateway headers: the provider's answer as it came (<paramref name="providerBody"/>, only its
/// model renamed), or — for answers the gateway made itself (a cache hit, a routed reply) — the OpenAI
/// <c>chat.completion</c> shape written here.
/// </summary>
public sealed class ChatCompletionResult(string requestId, string content, string? finishReason, ChatUsage usage, long created, byte[]? providerBody = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        GatewayHeaders.Apply(response, usage);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        if (providerBody is not null)
        {
            response.ContentLength = providerBody.Length;
            await response.Body.WriteAsync(providerBody, httpContext.RequestAborted);
            return;
        }

        using (var json = new Utf8JsonWriter(response.BodyWriter))
        {
            json.WriteStartObject();
            json.WriteString("id", "chatcmpl-" + requestId);
            json.WriteString("object", "chat.completion");
            json.WriteNumber("created", created);
            json.WriteString("model", usage.Model);
            json.WriteStartArray("choices");
            json.WriteStartObject();
            json.WriteNumber("index", 0);
            json.WriteStartObject("message");
            json.WriteString("role", "assistant");
            json.WriteString("content", content);
            json.WriteNull("refusal");
            json.WriteEndObject();
            json.WriteNull("logprobs");
            json.WriteString("finish_reason", finishReason ?? "stop");
            json.WriteEndObject();
            json.WriteEndArray();
            UsageJson.Write(json, usage);
            json.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
