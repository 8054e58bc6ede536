using System.Text.Json;

namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// Checks a body against the OpenAI error shape <c>{"error":{"message","type","param","code"}}</c> (or, on the Anthropic
/// door, Anthropic's <c>{"type":"error","error":{"type","message"}}</c>) without throwing.
/// </summary>
public static class ErrorShape
{
    public static string? AnthropicProblem(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && Kind(root, "type") == JsonValueKind.String && root.GetProperty("type").GetString() == "error"
                && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && Kind(error, "type") == JsonValueKind.String && Kind(error, "message") == JsonValueKind.String
                ? null
                : "not Anthropic's error shape";
        }
        catch (JsonException)
        {
            return "not JSON";
        }
    }

    /// <summary>Null when the body is the shape; otherwise what is wrong with it.</summary>
    public static string? Problem(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("error", out var error)
                || error.ValueKind != JsonValueKind.Object)
            {
                return "no error object";
            }

            return (Kind(error, "message"), Kind(error, "type"), Kind(error, "param"), Kind(error, "code")) switch
            {
                (JsonValueKind.String, JsonValueKind.String, JsonValueKind.String or JsonValueKind.Null, JsonValueKind.String or JsonValueKind.Null) => null,
                var kinds => $"error fields have the wrong kinds: {kinds}",
            };
        }
        catch (JsonException)
        {
            return "not JSON";
        }
    }

    private static JsonValueKind Kind(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) ? value.ValueKind : JsonValueKind.Undefined;
}
