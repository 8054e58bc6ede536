using System.Text.Json.Serialization;

namespace LlmActors.Api.OpenAi.Wire;

/// <summary>A message's content: a string, or an array of parts (text, image_url, input_audio, file, refusal, …).</summary>
[JsonConverter(typeof(MessageContentConverter))]
public sealed record MessageContent(string? Text, List<ContentPartHead>? Parts);
