using System.Text.Json;
using LlmActors.Api.OpenAi;
using LlmActors.Caching;

namespace LlmActors.Api.Apis;

/// <summary>
/// Reads <c>{"pairs": [{"cached", "asked", "same"}], "thresholds"?: [..]}</c>. Pairs are bounded because every
/// question is embedded (a metered embedder charges the project); thresholds default to a sweep from 0.30 to 0.95.
/// </summary>
public static class CacheEvaluationRequest
{
    public const int MaxPairs = 1000;
    public const int MaxQuestionChars = 1000;
    public const int MaxThresholds = 50;

    public static readonly float[] DefaultSweep = [.. Enumerable.Range(0, 14).Select(i => MathF.Round(0.30f + (i * 0.05f), 2))];

    private static readonly HashSet<string> Known = ["pairs", "thresholds"];
    private static readonly HashSet<string> PairFields = ["cached", "asked", "same"];

    public static (CachePair[] Pairs, float[] Thresholds) Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestException("The body must be a JSON object with 'pairs'.", null);
        }

        JsonFields.RejectUnknown(body, Known);
        return (Pairs(body), Thresholds(body));
    }

    private static CachePair[] Pairs(JsonElement body)
    {
        if (!body.TryGetProperty("pairs", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() is 0 or > MaxPairs)
        {
            throw new InvalidRequestException($"'pairs' must be an array of 1 to {MaxPairs} {{cached, asked, same}} objects.", "pairs");
        }

        var pairs = new List<CachePair>();
        foreach (var item in array.EnumerateArray())
        {
            var param = $"pairs[{pairs.Count}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidRequestException($"'{param}' must be an object with 'cached', 'asked' and 'same'.", param);
            }

            JsonFields.RejectUnknown(item, PairFields, param);
            var same = JsonFields.OptionalBool(item, "same", $"{param}.same")
                ?? throw new InvalidRequestException($"'{param}.same' is required: true when one answer is right for both questions.", $"{param}.same");
            pairs.Add(new CachePair(Question(item, "cached", param), Question(item, "asked", param), same));
        }

        return [.. pairs];
    }

    private static string Question(JsonElement pair, string name, string param)
    {
        var value = pair.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? JsonFields.Text(v, $"{param}.{name}") : null;
        return value is { Length: > 0 and <= MaxQuestionChars } && value.Any(char.IsLetterOrDigit)
            ? value
            : throw new InvalidRequestException($"'{param}.{name}' must be a question of 1 to {MaxQuestionChars} characters.", $"{param}.{name}");
    }

    private static float[] Thresholds(JsonElement body)
    {
        if (!body.TryGetProperty("thresholds", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return DefaultSweep;
        }

        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() is 0 or > MaxThresholds
            || array.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.Number || t.GetDouble() is <= 0 or > 1))
        {
            throw new InvalidRequestException($"'thresholds' must be an array of 1 to {MaxThresholds} numbers greater than 0 and at most 1.", "thresholds");
        }

        return [.. array.EnumerateArray().Select(t => (float)t.GetDouble()).Distinct()];
    }
}
