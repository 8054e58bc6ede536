namespace LlmActors.ModelSim.Http;

/// <summary>Typed reads of optional request fields that turn a wrong type or range into a 400 naming the field.</summary>
internal static class JsonFields
{
    public static bool IsAbsent(JsonElement value) => value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;

    public static string? String(JsonElement value, string param) =>
        IsAbsent(value) ? null
        : value.ValueKind == JsonValueKind.String ? Text(value, param)
        : throw SimError.WrongType(param, "a string");

    /// <summary>A JSON string's value; an escaped lone surrogate ("\ud800") is valid JSON but no text, so a 400.</summary>
    private static string Text(JsonElement value, string param)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw SimError.BadRequest($"'{param}' holds an invalid Unicode escape (a lone surrogate).", param);
        }
    }

    public static bool? Bool(JsonElement value, string param) =>
        IsAbsent(value) ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw SimError.WrongType(param, "a boolean");

    public static long? Integer(JsonElement value, string param, long min, long max)
    {
        if (IsAbsent(value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            throw SimError.WrongType(param, "an integer");
        }

        return number >= min && number <= max
            ? number
            : throw SimError.BadRequest($"'{param}' must be between {min} and {max}; got {number}.", param);
    }

    public static double? Number(JsonElement value, string param, double min, double max)
    {
        if (IsAbsent(value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            throw SimError.WrongType(param, "a number");
        }

        var number = value.GetDouble();
        return number >= min && number <= max
            ? number
            : throw SimError.BadRequest($"'{param}' must be between {min} and {max}; got {number}.", param);
    }

    /// <summary>Text from an OpenAI content value: a string, or an array of parts whose text parts are joined.</summary>
    public static string? Content(JsonElement value, string param)
    {
        if (IsAbsent(value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return Text(value, param);
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw SimError.WrongType(param, "a string or an array of content parts");
        }

        var parts = new List<string>();
        var index = 0;
        foreach (var part in value.EnumerateArray())
        {
            var partParam = $"{param}[{index++}]";
            if (part.ValueKind == JsonValueKind.String)
            {
                parts.Add(Text(part, partParam));
                continue;
            }

            if (part.ValueKind != JsonValueKind.Object)
            {
                throw SimError.WrongType(partParam, "a content part object");
            }

            var type = String(part.Field("type"u8), partParam + ".type");
            if (type is "text" or "input_text")
            {
                parts.Add(String(part.Field("text"u8), partParam + ".text") ?? "");
            }
        }

        return string.Join("\n", parts);
    }

    /// <summary>The named property, or an undefined element when it is missing (read as absent).</summary>
    public static JsonElement Field(this JsonElement element, ReadOnlySpan<byte> name)
    {
        try
        {
            return element.TryGetProperty(name, out var value) ? value : default;
        }
        catch (InvalidOperationException)
        {
            // The lookup unescapes every escaped name it passes, and a lone surrogate ("\udc00") cannot be unescaped.
            throw SimError.BadRequest("A property name holds an invalid Unicode escape (a lone surrogate).", code: "invalid_json");
        }
    }
}
