using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LlmActors.ModelSim.Embeddings;

/// <summary><c>POST /v1/embeddings</c>: hashed n-gram vectors as floats or base64 (what the OpenAI .NET SDK asks for by default).</summary>
internal sealed class EmbeddingsEndpoint(ModelSimulator simulator)
{
    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var body = await JsonBody.ReadAsync(context, simulator.MaxRequestBytes, SimJsonContext.Default.EmbeddingBody);
        var request = EmbeddingRequestParser.Parse(body, simulator.Catalog);
        if (await simulator.WaitForAnswerAsync(context, request.Model, started))
        {
            await JsonResponse.WriteAsync(context.Response, request, Write);
        }
    }

    private static void Write(Utf8JsonWriter json, EmbeddingRequest request)
    {
        var vector = new float[request.Dimensions];
        json.WriteStartObject();
        json.WriteString("object"u8, "list"u8);
        json.WriteStartArray("data"u8);
        for (var i = 0; i < request.Inputs.Length; i++)
        {
            HashedNgramEmbedder.Embed(request.Inputs[i], vector);
            json.WriteStartObject();
            json.WriteString("object"u8, "embedding"u8);
            json.WriteNumber("index"u8, i);
            WriteVector(json, vector, request.Base64);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("model"u8, request.Model.EncodedName);
        json.WriteStartObject("usage"u8);
        json.WriteNumber("prompt_tokens"u8, request.PromptTokens);
        json.WriteNumber("total_tokens"u8, request.PromptTokens);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteVector(Utf8JsonWriter json, float[] vector, bool base64)
    {
        if (base64)
        {
            // OpenAI's base64 is the little-endian float32 bytes; every platform .NET runs this on is little-endian.
            json.WriteBase64String("embedding"u8, MemoryMarshal.AsBytes(vector.AsSpan()));
            return;
        }

        json.WriteStartArray("embedding"u8);
        foreach (var value in vector)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }
}
