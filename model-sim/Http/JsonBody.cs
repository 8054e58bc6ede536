using System.Buffers;

namespace LlmActors.ModelSim.Http;

/// <summary>Parses a request body straight from the request pipe (pooled, no string), with a size cap.</summary>
internal static class JsonBody
{
    /// <summary>
    /// Reads the whole body and hands its root object to <paramref name="parse"/> while the pipe still holds the
    /// bytes: a single-segment <see cref="JsonDocument"/> reads the pipe's memory in place, and that memory goes
    /// back to the pool (and to another request) as soon as the pipe is advanced.
    /// </summary>
    public static async ValueTask<T> ParseAsync<T>(HttpContext context, int limit, Func<JsonElement, T> parse)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            throw SimError.TooLarge(limit);
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
                    using var document = Parse(buffer);
                    return parse(document.RootElement);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static JsonDocument Parse(ReadOnlySequence<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            throw SimError.BadRequest("The request body is empty; send a JSON object.", code: "invalid_json");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer);
        }
        catch (JsonException e)
        {
            throw SimError.BadRequest($"The body is not valid JSON: {e.Message}", code: "invalid_json");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw SimError.BadRequest("The request body must be a JSON object.", code: "invalid_json");
        }

        return document;
    }
}
