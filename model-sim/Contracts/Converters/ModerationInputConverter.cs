using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

internal sealed class ModerationInputConverter : JsonConverter<ModerationInput>
{
    public override ModerationInput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ModerationInput([reader.GetString()!], null);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonPaths.Fail("must be a string, an array of strings or an array of content parts.");
        }

        // Peek at the first item on a copy: parts are read typed from the array's start.
        var peek = reader;
        peek.Read();
        if (peek.TokenType == JsonTokenType.StartObject)
        {
            return new ModerationInput(null, JsonPaths.ReadNested<List<ContentPartBody?>>(ref reader, options));
        }

        var texts = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            texts.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw JsonPaths.Fail("must be a string.", $"[{texts.Count}]"));
        }

        return new ModerationInput(texts, null);
    }

    public override void Write(Utf8JsonWriter writer, ModerationInput value, JsonSerializerOptions options) => throw new NotSupportedException();
}
