using System.Buffers;

namespace LlmActors.ModelSim.Http;

/// <summary>Reads a request body into a <see cref="JsonDocument"/> straight from the pipe (pooled, no string), with a size cap.</summary>
internal static class JsonBody
{
    /// <summary>Reads the body and hands its root object to <paramref name="parse"/>; the document is released right after.</summary>
    public static async ValueTask<T> ParseAsync<T>(HttpContext context, int limit, Func<JsonElement, T> parse)
    {
        using var document = await ReadAsync(context.Request, limit, context.RequestAborted);
        return parse(document.RootElement);
    }

    public static async ValueTask<JsonDocument> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw SimError.TooLarge(limit);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
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
                    return Parse(buffer);
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

        try
        {
            var document = JsonDocument.Parse(buffer);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw SimError.BadRequest("The request body must be a JSON object.", code: "invalid_json");
            }

            return document;
        }
        catch (JsonException e)
        {
            throw SimError.BadRequest($"The body is not valid JSON: {e.Message}", code: "invalid_json");
        }
    }
}
