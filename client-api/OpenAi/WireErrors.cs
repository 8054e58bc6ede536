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
        catch (InvalidOperationException)
        {
            RejectBrokenText(body);
            throw new InvalidRequestException("Text must be valid UTF-8 without lone surrogates.", null, code: "invalid_text");
        }
        catch (JsonException e)
        {
            if (e.InnerException is InvalidOperationException)
            {
                // Either a wrong token type or a string escape that decodes to broken UTF-16 (a lone "\ud800").
                RejectBrokenText(body);
            }

            var param = Param(e.Path);
            var what = e.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase) ? "is given twice" : "is not valid";
            throw param is null
                ? new InvalidRequestException($"The body is not valid JSON: {Reason(e)}", null, code: "invalid_json")
                : new InvalidRequestException($"'{param}' {what}: {Reason(e)}", param);
        }
    }

    /// <summary>
    /// Reads a body the gateway itself parses again later (to translate it): broken text anywhere in it (a lone
    /// surrogate, invalid UTF-8 in a name or value) is a 400 naming the field now, before any budget is touched.
    /// </summary>
    public static T ReadWhole<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        var head = Read(body, info);
        using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        JsonBody.RejectBrokenText(document.RootElement);
        return head;
    }

    /// <summary>Names the field holding broken text, if any: the walker throws the 400 itself.</summary>
    private static void RejectBrokenText(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            JsonBody.RejectBrokenText(document.RootElement);
        }
        catch (JsonException)
        {
            // Not even well-formed: the caller's message says so.
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
