using System.Text.Json.Serialization.Metadata;

namespace LlmActors.ModelSim.Http;

/// <summary>
/// Keeps error paths whole across the union converters. A converter does not know where in the document it
/// is: System.Text.Json fills that in (<see cref="JsonException.Path"/>) when the exception leaves it. What the
/// converter does know, the position inside its own value, travels in <see cref="Exception.Data"/> and is
/// appended by <see cref="JsonErrors"/>, so a bad part reads <c>messages[2].content[1].image_url.url</c>.
/// </summary>
internal static class JsonPaths
{
    public const string RelativeKey = "sim.relative";
    public const string MessageKey = "sim.message";
    public const string SyntaxKey = "sim.syntax";

    /// <summary>A refusal by a converter, about the value at <paramref name="relative"/> inside its own value (e.g. "[1]").</summary>
    public static JsonException Fail(string message, string relative = "")
    {
        var error = new JsonException(message);
        error.Data[RelativeKey] = relative;
        error.Data[MessageKey] = message;
        return error;
    }

    /// <summary>Reads a typed value inside a converter; its errors keep their inner path.</summary>
    public static T? ReadNested<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }
        catch (JsonException inner)
        {
            // The nested call set inner.Path relative to the nested value ("$[1].image_url"); our new exception has
            // no path yet, so the outer serializer gives it the converter's own position.
            var error = new JsonException(inner.Message, inner);
            error.Data[RelativeKey] = (inner.Path ?? "$")[1..] + (inner.Data[RelativeKey] as string ?? "");
            error.Data[MessageKey] = inner.Data[MessageKey] ?? JsonErrors.DescribeInner(inner);
            error.Data[SyntaxKey] = JsonErrors.IsSyntax(inner);
            throw error;
        }
    }
}
