using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

/// <summary><c>stop</c>: one string or an array of strings; empty strings stop nothing and are dropped.</summary>
internal sealed class StopConverter : JsonConverter<List<string>>
{
    private const string Expected = "must be a string or an array of strings.";

    public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var single = reader.GetString()!;
            return single.Length == 0 ? [] : [single];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonPaths.Fail(Expected);
        }

        var list = new List<string>(4);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw JsonPaths.Fail(Expected);
            }

            var value = reader.GetString()!;
            if (value.Length > 0)
            {
                list.Add(value);
            }
        }

        return list;
    }

    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options) => throw new NotSupportedException();
}
