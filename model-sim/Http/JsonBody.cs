using System.Buffers;
using System.Text.Json.Serialization.Metadata;

namespace LlmActors.ModelSim.Http;

/// <summary>Binds a request body straight from the request pipe (pooled, no string), with a size cap.</summary>
internal static class JsonBody
{
    /// <summary>
    /// Reads the whole body and binds it while the pipe still holds the bytes. Binding copies every value it
    /// keeps (strings, cloned elements), so nothing refers to the pipe's memory once it goes back to the pool.
    /// </summary>
    public static async ValueTask<T> ReadAsync<T>(HttpContext context, int limit, JsonTypeInfo<T> type)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            throw SimError.TooLarge(limit);
        }

        // The simulator's own cap governs, not the server's default (in embedded mode it shares the API host's server).
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(context.RequestAborted);
            var buffer = result.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                throw SimError.TooLarge(limit);
            }

            if (result.IsCompleted)
            {
                try
                {
                    return Bind(buffer, type);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static T Bind<T>(ReadOnlySequence<byte> buffer, JsonTypeInfo<T> type)
    {
        if (buffer.IsEmpty)
        {
            throw SimError.BadRequest("The request body is empty; send a JSON object.", code: "invalid_json");
        }

        var json = new Utf8JsonReader(buffer);
        try
        {
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
            {
                throw SimError.BadRequest("The request body must be a JSON object.", code: "invalid_json");
            }

            var body = JsonSerializer.Deserialize(ref json, type)!;
            if (json.Read())
            {
                throw SimError.BadRequest("The body holds more than one JSON value.", code: "invalid_json");
            }

            return body;
        }
        catch (JsonException error)
        {
            throw JsonErrors.ToSimError(error);
        }
    }
}
