using LlmActors.ModelSim.Media;

namespace LlmActors.ModelSim.Chat;

/// <summary>The sentence with which an answer acknowledges what the user attached: "I see an image (640×480, high detail)."</summary>
internal static class MediaNotes
{
    public static string? For(ChatMessage? message, bool chinese)
    {
        if (message is null || message.Media.Count == 0)
        {
            return null;
        }

        var notes = message.Media.Take(3).Select(m => chinese ? Chinese(m) : English(m));
        return string.Join(chinese ? "" : " ", notes);
    }

    private static string English(MediaPart part) => part.Kind switch
    {
        MediaKind.Image => $"I see {part.Note}.",
        MediaKind.Audio => $"I hear {part.Note}.",
        _ => $"I read {part.Note}.",
    };

    private static string Chinese(MediaPart part) => part.Kind switch
    {
        MediaKind.Image => "我看到一张图片。",
        MediaKind.Audio => "我听到一段音频。",
        _ => "我读了附件。",
    };
}
