using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LlmActors.Api.OpenAi.Wire;

/// <summary>Reads content as OpenAI defines it: a string or an array of parts; anything else is a bad request.</summary>
public sealed class MessageContentConverter : JsonConverter<MessageContent>
{
    public override MessageContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new MessageContent(reader.GetString(), null);
            case JsonTokenType.StartArray:
                var info = (JsonTypeInfo<List<ContentPartHead>>)options.GetTypeInfo(typeof(List<ContentPartHead>));
                try
                {
                    return new MessageContent(null, JsonSerializer.Deserialize(ref reader, info));
                }
                catch (JsonException e)
                {
                    // Without a path of its own, the error is named by the content field it is in.
                    throw new JsonException(Cut(e.Message), e);
                }
            default:
                throw new JsonException("must be a string or an array of content parts");
        }
    }

    private static string Cut(string message) => message.IndexOf(" Path:", StringComparison.Ordinal) is var cut and > 0 ? message[..cut] : message;

    public override void Write(Utf8JsonWriter writer, MessageContent value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Message content is read, never written: requests are forwarded as sent.");
}
