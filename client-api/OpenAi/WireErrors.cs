using System.Text.Json;

namespace LlmActors.Api.OpenAi;

/// <summary>Deserialising a wire contract: a malformed or wrong-typed field becomes a 400 naming it.</summary>
public static class WireErrors
{
    public static T Read<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        try
        {
            return JsonSerializer.Deserialize(body, info) ?? throw new InvalidRequestException("The body must be a JSON object.", null, code: "invalid_json");
        }
        catch (JsonException e) when (e.InnerException is not InvalidOperationException)
        {
            var param = Param(e.Path);
            var what = e.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase) ? "is given twice" : "is not valid";
            throw param is null
                ? new InvalidRequestException($"The body is not valid JSON: {e.Message}", null, code: "invalid_json")
                : new InvalidRequestException($"'{param}' {what}: {Reason(e)}", param);
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException)
        {
            // A string escape that decodes to broken UTF-16 (a lone "\ud800"): find and name the field it is in.
            using (var document = JsonDocument.Parse(body.ToArray()))
            {
                JsonBody.RejectBrokenText(document.RootElement);
            }

            throw new InvalidRequestException("Text must be valid UTF-8 without lone surrogates.", null, code: "invalid_text");
        }
    }

    /// <summary><c>$.messages[0].content</c> → <c>messages[0].content</c>.</summary>
    private static string? Param(string? path) => path is null or "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
