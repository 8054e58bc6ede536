using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

internal sealed class FunctionChoiceConverter : JsonConverter<FunctionChoiceBody>
{
    public override FunctionChoiceBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new FunctionChoiceBody(reader.GetString(), null),
        JsonTokenType.StartObject => new FunctionChoiceBody(null, JsonPaths.ReadNested<FunctionNameBody>(ref reader, options)?.Name),
        _ => throw JsonPaths.Fail("must be \"none\", \"auto\" or {\"name\": ...}."),
    };

    public override void Write(Utf8JsonWriter writer, FunctionChoiceBody value, JsonSerializerOptions options) => throw new NotSupportedException();
}
