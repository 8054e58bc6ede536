using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

/// <summary>A schema's <c>type</c>: <c>"string"</c> or a union such as <c>["string", "null"]</c>.</summary>
internal sealed class SchemaTypeConverter : JsonConverter<List<string>>
{
    private const string Expected = "must be a type name or an array of type names.";

    public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [reader.GetString()!];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonPaths.Fail(Expected);
        }

        var types = new List<string>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            types.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw JsonPaths.Fail(Expected));
        }

        return types;
    }

    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
        {
            writer.WriteStringValue(value[0]);
            return;
        }

        writer.WriteStartArray();
        foreach (var type in value)
        {
            writer.WriteStringValue(type);
        }

        writer.WriteEndArray();
    }
}
