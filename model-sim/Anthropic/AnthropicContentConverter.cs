using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Anthropic;

internal sealed class AnthropicContentConverter : JsonConverter<AnthropicContent>
{
    public override AnthropicContent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new AnthropicContent(reader.GetString(), null),
        JsonTokenType.StartArray => new AnthropicContent(null, JsonPaths.ReadNested<List<AnthropicBlockBody?>>(ref reader, options)),
        _ => throw JsonPaths.Fail("must be a string or an array of content blocks."),
    };

    public override void Write(Utf8JsonWriter writer, AnthropicContent value, JsonSerializerOptions options) => throw new NotSupportedException();
}
