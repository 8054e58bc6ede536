using System.Text.Json;

namespace LlmActors.Api.OpenAi;

/// <summary>Typed, range-checked reads of JSON fields; each failure names the field.</summary>
public static class JsonFields
{
    public static string RequiredString(JsonElement obj, string name, int maxLength = 256) =>
        OptionalString(obj, name, maxLength) ?? throw new InvalidRequestException($"'{name}' is required.", name);

    public static string? OptionalString(JsonElement obj, string name, int maxLength = 256)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new InvalidRequestException($"'{name}' must be a string.", name);
        }

        var text = Text(value, name);
        if (text.Length == 0 || text.Length > maxLength)
        {
            throw new InvalidRequestException($"'{name}' must be 1 to {maxLength} characters.", name);
        }

        return text;
    }

    /// <summary>A JSON string's text; escapes that decode to broken UTF-16 (a lone "\ud800") are bad input, not a crash.</summary>
    public static string Text(JsonElement value, string param)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new InvalidRequestException($"'{param}' is not valid text (a lone surrogate escape).", param);
        }
    }

    public static bool? OptionalBool(JsonElement obj, string name, string? param = null)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new InvalidRequestException($"'{param ?? name}' must be a boolean.", param ?? name),
        };
    }

    public static long? OptionalInteger(JsonElement obj, string name, long min, long max)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            throw new InvalidRequestException($"'{name}' must be an integer.", name);
        }

        return number >= min && number <= max
            ? number
            : throw new InvalidRequestException($"'{name}' must be between {min} and {max}.", name);
    }

    public static double? OptionalNumber(JsonElement obj, string name, double min, double max)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            throw new InvalidRequestException($"'{name}' must be a number.", name);
        }

        return number >= min && number <= max
            ? number
            : throw new InvalidRequestException($"'{name}' must be between {min} and {max}.", name);
    }

    /// <summary>Refuses any field not in <paramref name="known"/>, as OpenAI does.</summary>
    public static void RejectUnknown(JsonElement obj, IReadOnlySet<string> known, string? prefix = null)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                var param = prefix is null ? property.Name : $"{prefix}.{property.Name}";
                throw new InvalidRequestException($"Unrecognized request argument supplied: {param}", param, code: "unknown_parameter");
            }
        }
    }
}
