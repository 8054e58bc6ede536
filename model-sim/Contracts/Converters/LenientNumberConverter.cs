using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

/// <summary>
/// A schema bound (minimum, maxItems, …): a number, or absent when written otherwise (draft 4's boolean
/// <c>exclusiveMinimum</c>) — a bound the generator cannot read must not fail a request OpenAI accepts.
/// </summary>
internal sealed class LenientNumberConverter : JsonConverter<double?>
{
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetDouble();
        }

        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
