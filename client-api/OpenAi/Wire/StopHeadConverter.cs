using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmActors.Api.OpenAi.Wire;

public sealed class StopHeadConverter : JsonConverter<StopHead>
{
    public override StopHead Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new StopHead([reader.GetString()!]);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("must be a string or an array of strings");
        }

        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("must be a string or an array of strings"));
        }

        return new StopHead([.. values]);
    }

    public override void Write(Utf8JsonWriter writer, StopHead value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Stop sequences are read, never written: requests are forwarded as sent.");
}
