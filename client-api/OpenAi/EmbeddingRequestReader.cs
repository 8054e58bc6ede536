using System.Text.Json;
using LlmActors.Embeddings;

namespace LlmActors.Api.OpenAi;

/// <summary>Validates an OpenAI embeddings body (string or array-of-strings input).</summary>
public static class EmbeddingRequestReader
{
    public const int MaxInputs = 2048;
    public const int MaxInputChars = 100_000;

    private static readonly HashSet<string> Known = ["model", "input", "encoding_format", "dimensions", "user"];

    public static (EmbeddingRequest Request, bool Base64) Read(JsonElement body, string projectId, string requestId)
    {
        JsonFields.RejectUnknown(body, Known);
        var model = JsonFields.RequiredString(body, "model");
        var format = JsonFields.OptionalString(body, "encoding_format", 16) ?? "float";
        if (format is not ("float" or "base64"))
        {
            throw new InvalidRequestException("'encoding_format' must be float or base64.", "encoding_format");
        }

        var user = JsonFields.OptionalString(body, "user", Identifiers.MaxLength);
        if (user is not null && !Identifiers.IsValid(user))
        {
            throw new InvalidRequestException("'user' must be letters, digits or . _ : @ - (at most 128).", "user");
        }

        var dimensions = (int?)JsonFields.OptionalInteger(body, "dimensions", 1, 8192);
        return (new EmbeddingRequest(projectId, user, requestId, model, Inputs(body), dimensions), format == "base64");
    }

    private static string[] Inputs(JsonElement body)
    {
        if (!body.TryGetProperty("input", out var input) || input.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidRequestException("'input' is required.", "input");
        }

        string[] inputs = input.ValueKind switch
        {
            JsonValueKind.String => [JsonFields.Text(input, "input")],
            JsonValueKind.Array when input.GetArrayLength() is > 0 and <= MaxInputs
                && input.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => [.. input.EnumerateArray().Select(e => JsonFields.Text(e, "input"))],
            JsonValueKind.Array when input.GetArrayLength() > 0 && input.EnumerateArray().All(e => e.ValueKind is JsonValueKind.Number or JsonValueKind.Array) =>
                throw new InvalidRequestException("Token-array input is not supported; send text.", "input", code: "unsupported_parameter"),
            _ => throw new InvalidRequestException($"'input' must be a string or an array of 1 to {MaxInputs} strings.", "input"),
        };
        return inputs.Any(i => i.Length is 0 or > MaxInputChars)
            ? throw new InvalidRequestException($"Each input must be 1 to {MaxInputChars} characters.", "input")
            : inputs;
    }
}
