using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LlmActors.Api.OpenAi.Wire;

/// <summary>Reads a <see cref="TextOrList{T}"/>; anything but a string or an array is a bad request naming the field.</summary>
public sealed class TextOrListConverter<T> : JsonConverter<TextOrList<T>>
    where T : class
{
    public override TextOrList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new TextOrList<T>(reader.GetString(), null);
            case JsonTokenType.StartArray:
                var info = (JsonTypeInfo<List<T?>>)options.GetTypeInfo(typeof(List<T?>));
                return new TextOrList<T>(null, JsonSerializer.Deserialize(ref reader, info));
            default:
                throw new JsonException("must be a string or an array");
        }
    }

    public override void Write(Utf8JsonWriter writer, TextOrList<T> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Requests are read, never written: they are forwarded as sent.");
}
