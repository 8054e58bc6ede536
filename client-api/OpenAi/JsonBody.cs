using System.Text.Json;

namespace LlmActors.Api.OpenAi;

/// <summary>Reads a request body as one JSON object, refusing wrong content types and malformed JSON.</summary>
public static class JsonBody
{
    public static async Task<JsonDocument> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new InvalidRequestException("Send the body as application/json.", null, StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type");
        }

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

        return document;
    }
}
