using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using LlmActors.Grains.Models;

namespace LlmActors.Grains.Caching;

/// <summary>
/// The exact cache's key: a SHA-256 of the request with every field that changes the answer, in a canonical form
/// (object keys sorted, so two clients ordering fields differently share an entry). Fields that only say how to
/// deliver the answer or how to account for it — streaming, the end user, metadata, storage, the provider's prompt
/// cache and service tier — are left out.
/// </summary>
public static class ExactAnswerKey
{
    private static readonly HashSet<string> Ignored =
    [
        "stream", "stream_options", "user", "metadata", "store", "safety_identifier", "prompt_cache_key", "prompt_cache_retention", "service_tier",
    ];

    public static string Of(byte[] body)
    {
        var root = JsonNode.Parse(body) as JsonObject ?? throw new JsonException("A request body must be a JSON object.");
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(body.Length);
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, root, topLevel: true);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static void Write(Utf8JsonWriter json, JsonNode? node, bool topLevel = false)
    {
        switch (node)
        {
            case JsonObject obj:
                json.WriteStartObject();
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (topLevel && Ignored.Contains(name))
                    {
                        continue;
                    }

                    json.WritePropertyName(name);
                    Write(json, value);
                }

                json.WriteEndObject();
                break;
            case JsonArray array:
                json.WriteStartArray();
                foreach (var item in array)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            case null:
                json.WriteNullValue();
                break;
            default:
                node.WriteTo(json);
                break;
        }
    }
}
