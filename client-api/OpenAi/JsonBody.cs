using Microsoft.AspNetCore.Http.Features;
using System.Text.Json;

namespace LlmActors.Api.OpenAi;

/// <summary>Reads a request body as one JSON object, refusing wrong content types and malformed JSON.</summary>
public static class JsonBody
{
    /// <summary>
    /// The body's bytes as sent (a UTF-8 byte order mark dropped), for routes that forward it; read through typed
    /// contracts. <paramref name="limit"/> replaces the server's body limit for this request (routes carrying media).
    /// </summary>
    public static async Task<byte[]> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken, long? limit = null)
    {
        RequireJson(request);
        if (limit is { } most && request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = most;
        }

        var length = request.ContentLength is > 0 and <= int.MaxValue ? (int)request.ContentLength.Value : 4096;
        using var buffer = new MemoryStream(length);
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var trimmed = bytes.TrimStart(" \t\r\n"u8);
        if (trimmed.Length == 0 || trimmed[0] != (byte)'{')
        {
            throw new InvalidRequestException("The body must be a JSON object.", null, code: "invalid_json");
        }

        return bytes.ToArray();
    }

    public static async Task<JsonDocument> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        RequireJson(request);

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new InvalidRequestException($"The body is not valid JSON: {e.Message}", null, code: "invalid_json");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new InvalidRequestException("The body must be a JSON object.", null, code: "invalid_json");
        }

        try
        {
            RejectBrokenText(document.RootElement);
        }
        catch
        {
            document.Dispose();
            throw;
        }

        return document;
    }

    private static void RequireJson(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            throw new InvalidRequestException("Send the body as application/json.", null, StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type");
        }
    }

    /// <summary>
    /// The parser accepts invalid UTF-8 and lone surrogate escapes (<c>"\ud800"</c>) inside strings; reading such a
    /// string later throws, which would surface as a 500. Refuse them, naming the field (400). Routes that parse their
    /// body themselves call this too. The field is named to two levels, as the readers name theirs
    /// (<c>messages[0].content</c> for a broken text part of a message).
    /// </summary>
    public static void RejectBrokenText(JsonElement root) => RejectBrokenText(root, null, 0);

    private static void RejectBrokenText(JsonElement element, string? path, int named)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = Text(() => property.Name, path);
                    RejectBrokenText(property.Value, named >= 2 ? path : path is null ? name : $"{path}.{name}", named + 1);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    RejectBrokenText(item, named >= 2 ? path : $"{path}[{index}]", named);
                    index++;
                }

                break;
            case JsonValueKind.String:
                Text(element.GetString, path);
                break;
        }
    }

    private static string Text(Func<string?> read, string? path)
    {
        try
        {
            return read() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw new InvalidRequestException("Text must be valid UTF-8 without lone surrogates.", path, code: "invalid_text");
        }
    }
}
