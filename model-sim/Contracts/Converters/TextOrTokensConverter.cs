using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

internal sealed class TextOrTokensConverter : JsonConverter<TextOrTokens>
{
    private const string Expected = "must be a string, an array of strings, an array of token ids or an array of token-id arrays.";

    public override TextOrTokens Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new TextOrTokens([reader.GetString()!], null, true);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonPaths.Fail(Expected);
        }

        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.EndArray => new TextOrTokens([], null, false),
            JsonTokenType.String => new TextOrTokens(Strings(ref reader), null, false),
            JsonTokenType.Number => new TextOrTokens(null, [Ids(ref reader, "")], true),
            JsonTokenType.StartArray => new TextOrTokens(null, IdArrays(ref reader), false),
            _ => throw JsonPaths.Fail("must be a string or an array of token ids.", "[0]"),
        };
    }

    public override void Write(Utf8JsonWriter writer, TextOrTokens value, JsonSerializerOptions options) => throw new NotSupportedException();

    /// <summary>From the first item (already read) to the end of the array.</summary>
    private static List<string> Strings(ref Utf8JsonReader reader)
    {
        var list = new List<string>();
        do
        {
            list.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw JsonPaths.Fail("must be a string.", $"[{list.Count}]"));
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

        return list;
    }

    private static List<int[]> IdArrays(ref Utf8JsonReader reader)
    {
        var list = new List<int[]>();
        do
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw JsonPaths.Fail("must be an array of token ids.", $"[{list.Count}]");
            }

            reader.Read();
            list.Add(reader.TokenType == JsonTokenType.EndArray ? [] : Ids(ref reader, $"[{list.Count}]"));
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

        return list;
    }

    /// <summary>Integer ids from the first (already read) to the end of their array; the range is checked later.</summary>
    private static int[] Ids(ref Utf8JsonReader reader, string relative)
    {
        var ids = new List<int>();
        do
        {
            ids.Add(reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var id) ? id : throw JsonPaths.Fail("must hold integer token ids.", relative));
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

        return ids.ToArray();
    }
}
