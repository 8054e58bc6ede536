using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using LlmActors.Chat;

namespace LlmActors.Grains.Models;

/// <summary>
/// The body sent to a deployment. A forwarded request is the client's own bytes with <c>model</c> set to the name the
/// provider knows, usage forced on for streams (the gateway meters what was streamed) and, only when a budget needs
/// the bound it reserved for, an output cap the client did not set. A request the gateway makes itself (support
/// turns, code completion) is composed from its messages and sampling.
/// </summary>
public static class ProviderBody
{
    public static byte[] Build(ChatRequest request, string providerModel, bool stream, int? outputCap) =>
        request.Body is { } body ? Forward(body, providerModel, stream, outputCap, request.Endpoint) : Compose(request, providerModel, outputCap, stream);

    public static byte[] Forward(byte[] body, string providerModel, bool stream, int? outputCap, ChatEndpoint endpoint)
    {
        var forwarded = JsonSplice.SetString(body, "model"u8, providerModel);
        if (stream)
        {
            forwarded = WithUsage(forwarded);
        }

        var capField = endpoint == ChatEndpoint.Completions ? "max_tokens"u8 : "max_completion_tokens"u8;
        if (outputCap is { } cap && JsonSplice.FindValue(forwarded, "max_tokens"u8) is null && JsonSplice.FindValue(forwarded, "max_completion_tokens"u8) is null)
        {
            forwarded = JsonSplice.SetRaw(forwarded, capField, JsonSerializer.SerializeToUtf8Bytes(cap, GatewayJsonContext.Default.Int32));
        }

        return forwarded;
    }

    private static byte[] WithUsage(byte[] body)
    {
        if (JsonSplice.FindValue(body, "stream_options"u8) is not var (start, end))
        {
            return JsonSplice.SetRaw(body, "stream_options"u8, """{"include_usage":true}"""u8);
        }

        var options = JsonNode.Parse(body.AsSpan(start, end - start)) as JsonObject ?? [];
        if (options["include_usage"] is JsonValue value && value.TryGetValue<bool>(out var on) && on)
        {
            return body;
        }

        options["include_usage"] = true;
        return JsonSplice.SetRaw(body, "stream_options"u8, JsonSerializer.SerializeToUtf8Bytes(options, GatewayJsonContext.Default.JsonObject));
    }

    public static byte[] Compose(ChatRequest request, string providerModel, int? outputCap, bool stream)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            var sampling = request.Sampling;
            json.WriteStartObject();
            json.WriteString("model", providerModel);
            json.WriteStartArray("messages");
            foreach (var message in request.Messages)
            {
                json.WriteStartObject();
                // "developer" is OpenAI's newer name for system; most OpenAI-compatible servers know only system.
                json.WriteString("role", message.Role == "developer" ? "system" : message.Role);
                json.WriteString("content", message.Content);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if ((sampling.MaxOutputTokens ?? outputCap) is { } max)
            {
                json.WriteNumber("max_completion_tokens", max);
            }

            Optional(json, "temperature", sampling.Temperature);
            Optional(json, "top_p", sampling.TopP);
            Optional(json, "frequency_penalty", sampling.FrequencyPenalty);
            Optional(json, "presence_penalty", sampling.PresencePenalty);
            if (sampling.Seed is { } seed)
            {
                json.WriteNumber("seed", seed);
            }

            if (sampling.Stop is { Length: > 0 } stops)
            {
                json.WriteStartArray("stop");
                foreach (var stop in stops)
                {
                    json.WriteStringValue(stop);
                }

                json.WriteEndArray();
            }

            if (sampling.JsonObject)
            {
                json.WriteStartObject("response_format");
                json.WriteString("type", "json_object");
                json.WriteEndObject();
            }

            if (request.UserId is { } user)
            {
                json.WriteString("user", user);
            }

            if (stream)
            {
                json.WriteBoolean("stream", true);
                json.WriteStartObject("stream_options");
                json.WriteBoolean("include_usage", true);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, float? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round((double)v, 4));
        }
    }
}
