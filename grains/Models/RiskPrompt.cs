using System.Text.Json;

namespace LlmActors.Grains.Models;

/// <summary>How a chat model is asked for a moderation risk score, and how its JSON answer is read.</summary>
public static class RiskPrompt
{
    public const string System =
        "You are a content moderation classifier. Estimate the risk that the user's message violates a content policy " +
        "covering violence and threats, hate, harassment, self-harm, sexual content and illegal activity. Judge what the " +
        "message does, not which words it contains: fiction, news, education and idioms are usually safe. Answer with a " +
        "JSON object only: {\"score\": <number from 0 to 1>, \"flagged\": <true when score >= 0.5>}.";

    /// <summary>The score in [0, 1] (six decimals, as shown) from the model's answer; <c>flagged</c> alone counts as 0 or 1; null when neither is readable.</summary>
    public static double? ReadScore(string answer)
    {
        // Chat models sometimes wrap JSON in prose or a code fence even in JSON mode; read the outermost object.
        var start = answer.IndexOf('{');
        var end = answer.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(answer.AsMemory(start, end - start + 1));
            var root = json.RootElement;
            if (root.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number
                && score.TryGetDouble(out var value) && double.IsFinite(value))
            {
                return Math.Round(Math.Clamp(value, 0, 1), 6);
            }

            return root.TryGetProperty("flagged", out var flagged) && flagged.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? (flagged.GetBoolean() ? 1 : 0)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
