using System.Runtime.InteropServices;
using System.Text.Json;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>OpenAI's embedding list; vectors as float arrays or base64 of little-endian float32.</summary>
public sealed class EmbeddingListResult(float[][] vectors, ChatUsage usage, bool base64) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        GatewayHeaders.Apply(response, usage);
        response.ContentType = "application/json";
        using (var json = new Utf8JsonWriter(response.BodyWriter))
        {
            json.WriteStartObject();
            json.WriteString("object", "list");
            json.WriteStartArray("data");
            for (var i = 0; i < vectors.Length; i++)
            {
                json.WriteStartObject();
                json.WriteString("object", "embedding");
                json.WriteNumber("index", i);
                if (base64)
                {
                    json.WriteBase64String("embedding", MemoryMarshal.AsBytes(vectors[i].AsSpan()));
                }
                else
                {
                    json.WriteStartArray("embedding");
                    foreach (var value in vectors[i])
                    {
                        json.WriteNumberValue(value);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("model", usage.Model);
            json.WriteStartObject("usage");
            json.WriteNumber("prompt_tokens", usage.PromptTokens);
            json.WriteNumber("total_tokens", usage.PromptTokens);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
