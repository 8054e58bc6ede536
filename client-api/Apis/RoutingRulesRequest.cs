using System.Text.Json;
using System.Text.RegularExpressions;
using LlmActors.Support;

namespace LlmActors.Api.Apis;

/// <summary>
/// Reads a routing-rules body field by field, so a wrong type or value is refused naming its field. Fields left
/// out keep the rules currently in force; <c>null</c> for a tier model means the catalog's default.
/// </summary>
public static partial class RoutingRulesRequest
{
    private const int MaxKeywords = 500;
    private const int MaxExamples = 200;
    private const int MaxIntents = 500;
    private const int MaxIntentExamples = 20;

    public static (RoutingRules? Rules, string? Field, string? Message) Parse(JsonElement body, RoutingRules current)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, null, "The body must be a JSON object of routing rules.");
        }

        try
        {
            var rules = current with
            {
                FaqKeywords = Strings(body, "faqKeywords", MaxKeywords, 50) ?? current.FaqKeywords,
                FaqExamples = Strings(body, "faqExamples", MaxExamples, 500) ?? current.FaqExamples,
                SimpleBelowTurns = Int(body, "simpleBelowTurns", 0, 1000) ?? current.SimpleBelowTurns,
                ComplexFromTurns = Int(body, "complexFromTurns", 1, 1000) ?? current.ComplexFromTurns,
                LongMessageChars = Int(body, "longMessageChars", 1, 1_000_000) ?? current.LongMessageChars,
                TierModels = Models(body, current.TierModels),
                CacheThreshold = Fraction(body, "cacheThreshold") ?? current.CacheThreshold,
                FaqSimilarity = Fraction(body, "faqSimilarity") ?? current.FaqSimilarity,
                FaqIntents = Intents(body) ?? current.FaqIntents,
            };
            if (rules.ComplexFromTurns < rules.SimpleBelowTurns)
            {
                throw new FieldException("complexFromTurns", "complexFromTurns must be >= simpleBelowTurns.");
            }

            return (rules, null, null);
        }
        catch (FieldException e)
        {
            return (null, e.Field, e.Message);
        }
    }

    private static IReadOnlyList<string>? Strings(JsonElement body, string name, int maxCount, int maxLength)
    {
        if (!body.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > maxCount)
        {
            throw new FieldException(name, $"{name} must be an array of at most {maxCount} strings.");
        }

        var items = value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : null).ToList();
        if (items.Any(s => s is null || s.Length == 0 || s.Length > maxLength || !s.Any(char.IsLetterOrDigit)))
        {
            throw new FieldException(name, $"{name} must hold non-empty strings of at most {maxLength} characters with a letter or digit.");
        }

        return [.. items.Distinct()!];
    }

    // [{"id": "pay_bill", "examples": ["How do I pay my bill?", "怎么交话费?"]}, ...]: ids unique, each with 1-20 examples.
    private static IReadOnlyList<FaqIntent>? Intents(JsonElement body)
    {
        if (!body.TryGetProperty("faqIntents", out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > MaxIntents)
        {
            throw new FieldException("faqIntents", $"faqIntents must be an array of at most {MaxIntents} {{id, examples}} objects.");
        }

        var intents = new List<FaqIntent>();
        foreach (var item in value.EnumerateArray())
        {
            var field = $"faqIntents[{intents.Count}]";
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                || !IntentId().IsMatch(id.GetString()!) || item.EnumerateObject().Any(p => p.Name is not ("id" or "examples")))
            {
                throw new FieldException(field, $"{field} must be {{\"id\": 1-64 letters, digits or . _ -, \"examples\": [questions]}}.");
            }

            IReadOnlyList<string>? examples;
            try
            {
                examples = Strings(item, "examples", MaxIntentExamples, 500);
            }
            catch (FieldException e)
            {
                throw new FieldException(field + ".examples", field + "." + e.Message);
            }

            if (examples is not { Count: > 0 })
            {
                throw new FieldException(field + ".examples", $"{field}.examples must hold 1 to {MaxIntentExamples} questions.");
            }

            intents.Add(new FaqIntent(id.GetString()!, examples));
        }

        if (intents.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new FieldException("faqIntents", $"faqIntents: the id '{twice.Key}' is used twice.");
        }

        return intents;
    }

    private static int? Int(JsonElement body, string name, int min, int max)
    {
        if (!body.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= min && n <= max
            ? n
            : throw new FieldException(name, $"{name} must be an integer from {min} to {max}.");
    }

    private static float? Fraction(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.GetDouble() is > 0 and <= 1 and var d
            ? (float)d
            : throw new FieldException(name, $"{name} must be a number greater than 0 and at most 1.");
    }

    private static TierModels Models(JsonElement body, TierModels current)
    {
        if (!body.TryGetProperty("tierModels", out var value))
        {
            return current;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException("tierModels", "tierModels must be an object {simple, medium, complex} of model names.");
        }

        return new TierModels(Model(value, "simple"), Model(value, "medium"), Model(value, "complex"));
    }

    private static string? Model(JsonElement models, string tier)
    {
        if (!models.TryGetProperty(tier, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && ModelName().IsMatch(value.GetString()!)
            ? value.GetString()
            : throw new FieldException($"tierModels.{tier}", $"tierModels.{tier} must be a model name or null.");
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelName();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IntentId();

    private sealed class FieldException(string field, string message) : Exception(message)
    {
        public string Field { get; } = field;
    }
}
