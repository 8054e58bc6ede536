using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Media;

/// <summary>A message's content: its text (text parts joined by newlines) and its media parts.</summary>
internal static class ContentReader
{
    private static readonly string[] PartTypes = ["text", "image_url", "input_audio", "file", "refusal", "input_text"];

    public static (string Text, IReadOnlyList<MediaPart> Media) Read(MessageContent? content, string param)
    {
        if (content?.Parts is not { } parts)
        {
            return (content?.Text ?? "", []);
        }

        var texts = new List<string>(parts.Count);
        var media = new List<MediaPart>();
        for (var i = 0; i < parts.Count; i++)
        {
            var partParam = $"{param}[{i}]";
            var part = parts[i] ?? throw SimError.WrongType(partParam, "a content part object");
            switch (FieldRules.Required(FieldRules.OneOf(part.Type, partParam + ".type", PartTypes), partParam + ".type"))
            {
                case "text" or "input_text":
                    texts.Add(part.Text ?? "");
                    break;
                case "refusal":
                    texts.Add(part.Refusal ?? "");
                    break;
                case "image_url":
                    media.Add(MediaReader.Image(part.ImageUrl, partParam));
                    break;
                case "input_audio":
                    media.Add(MediaReader.Audio(part.InputAudio, partParam));
                    break;
                default:
                    media.Add(MediaReader.File(part.File, partParam));
                    break;
            }
        }

        return (string.Join("\n", texts), media);
    }
}
