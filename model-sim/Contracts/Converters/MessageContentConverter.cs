using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

internal sealed class MessageContentConverter : JsonConverter<MessageContent>
{
    public override MessageContent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new MessageContent(reader.GetString(), null),
        JsonTokenType.StartArray => new MessageContent(null, JsonPaths.ReadNested<List<ContentPartBody?>>(ref reader, options)),
        _ => throw JsonPaths.Fail("must be a string or an array of content parts."),
    };

    public override void Write(Utf8JsonWriter writer, MessageContent value, JsonSerializerOptions options) => throw new NotSupportedException();
}
