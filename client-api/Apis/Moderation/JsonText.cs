using System.Text.Json;

namespace LlmActors.Api.Apis.Moderation;

/// <summary>
/// JSON may escape a lone surrogate ("\ud800"), which is not text: System.Text.Json throws when asked for such a
/// string. Checked once up front so that such a body is a 400 naming the field instead of a 500.
/// </summary>
public static class JsonText
{
    public static void RejectLoneSurrogates(JsonElement element, string? path = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                Readable(element, path);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    RejectLoneSurrogates(item, $"{path}[{i++}]");
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = Readable(property, path);
                    RejectLoneSurrogates(property.Value, path is null ? name : $"{path}.{name}");
                }

                break;
        }
    }

    private static void Readable(JsonElement value, string? path)
    {
        try
        {
            value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw Invalid(path);
        }
    }

    private static string Readable(JsonProperty property, string? path)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw Invalid(path);
        }
    }

    private static InvalidRequestException Invalid(string? path) =>
        new($"'{path ?? "body"}' is not valid Unicode text: it holds a lone surrogate escape.", path, code: "invalid_unicode");
}
