using System.Text;
using System.Text.Json;

namespace LlmActors.Grains.Models;

/// <summary>
/// Edits a JSON object's top-level properties in place, byte for byte: the rest of the document is copied, never
/// parsed into objects and written back. This is how a forwarded request or answer keeps every field the gateway
/// does not own exactly as it came.
/// </summary>
public static class JsonSplice
{
    /// <summary>The byte range of a top-level property's value, or null when the object has no such property.</summary>
    public static (int Start, int End)? FindValue(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (match)
            {
                return (start, (int)reader.BytesConsumed);
            }
        }

        return null;
    }

    /// <summary>Sets a top-level string property (replacing its value where it exists, else adding it first).</summary>
    public static byte[] SetString(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name, string value)
    {
        var encoded = JsonSerializer.SerializeToUtf8Bytes(value, GatewayJsonContext.Default.String);
        return SetRaw(json, name, encoded);
    }

    /// <summary>Sets a top-level property to <paramref name="rawValue"/> (already JSON).</summary>
    public static byte[] SetRaw(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name, ReadOnlySpan<byte> rawValue)
    {
        if (FindValue(json, name) is var (start, end))
        {
            return Concat(json[..start], rawValue, json[end..]);
        }

        var open = json.IndexOf((byte)'{');
        var rest = json[(open + 1)..];
        var empty = rest.TrimStart(" \t\r\n"u8).StartsWith("}"u8);
        var property = new byte[name.Length + rawValue.Length + 4];
        property[0] = (byte)'"';
        name.CopyTo(property.AsSpan(1));
        "\":"u8.CopyTo(property.AsSpan(1 + name.Length));
        rawValue.CopyTo(property.AsSpan(3 + name.Length));
        property[^1] = (byte)',';
        return Concat(json[..(open + 1)], empty ? property.AsSpan(0, property.Length - 1) : property, rest);
    }

    /// <summary>The top-level string value of <paramref name="name"/>, or null.</summary>
    public static string? GetString(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name)
    {
        if (FindValue(json, name) is not var (start, end))
        {
            return null;
        }

        var reader = new Utf8JsonReader(json[start..end]);
        return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
    }

    public static string Describe(ReadOnlySpan<byte> json) => Encoding.UTF8.GetString(json[..Math.Min(json.Length, 200)]);

    private static byte[] Concat(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c)
    {
        var result = new byte[a.Length + b.Length + c.Length];
        a.CopyTo(result);
        b.CopyTo(result.AsSpan(a.Length));
        c.CopyTo(result.AsSpan(a.Length + b.Length));
        return result;
    }
}
