using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

internal sealed class ToolChoiceConverter : JsonConverter<ToolChoiceBody>
{
    public override ToolChoiceBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new ToolChoiceBody { Mode = reader.GetString() },
        JsonTokenType.StartObject => JsonPaths.ReadNested<ToolChoiceBody>(ref reader, options) ?? new ToolChoiceBody(),
        _ => throw JsonPaths.Fail("must be \"none\", \"auto\", \"required\" or an object naming a function."),
    };

    public override void Write(Utf8JsonWriter writer, ToolChoiceBody value, JsonSerializerOptions options) => throw new NotSupportedException();
}
