namespace LlmActors.ModelSim.Http;

/// <summary>Turns a binding failure into the 400 OpenAI would send, <c>param</c> naming the field.</summary>
internal static class JsonErrors
{
    public static SimError ToSimError(JsonException error)
    {
        var param = Param(error);
        var own = error.Data[JsonPaths.MessageKey] as string ?? DescribeInner(error);
        if (IsSyntax(error))
        {
            return SimError.BadRequest($"The body is not valid JSON: {FirstLine(error.InnerException?.Message ?? error.Message)}", param, "invalid_json");
        }

        if (param is null)
        {
            return SimError.BadRequest("The request body must be a JSON object.", null, "invalid_json");
        }

        return own is null
            ? SimError.WrongType(param, "of another type")
            : SimError.BadRequest($"Invalid value for '{param}': {own}", param, "invalid_type");
    }

    /// <summary>Malformed JSON rather than a wrong value: the reader's own exception type, or one wrapped by the serializer.</summary>
    public static bool IsSyntax(JsonException error) =>
        error.Data[JsonPaths.SyntaxKey] as bool? ?? (error.InnerException is JsonException || error.GetType() != typeof(JsonException));

    /// <summary>The one failure whose cause is worth naming: text that is valid JSON but no valid UTF-16.</summary>
    public static string? DescribeInner(JsonException error) =>
        error.InnerException is InvalidOperationException ? "it holds an invalid Unicode escape (a lone surrogate)." : null;

    /// <summary><c>$.messages[0].content</c> plus the converter's own <c>[1].type</c>, without the <c>$.</c>.</summary>
    private static string? Param(JsonException error)
    {
        var path = (error.Path ?? "$") + (error.Data[JsonPaths.RelativeKey] as string ?? "");
        path = path.StartsWith('$') ? path[1..] : path;
        path = path.StartsWith('.') ? path[1..] : path;
        return path.Length == 0 ? null : path;
    }

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
