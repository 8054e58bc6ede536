using System.Globalization;
using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Schema;

/// <summary>A plausible string for a schema field, by its format or, failing that, by what its name says it holds.</summary>
internal static class StringValues
{
    private static readonly HashSet<string> PlaceWords = ["city", "location", "place", "country", "region", "address", "destination", "origin", "town", "state", "area", "locality", "where"];
    private static readonly HashSet<string> QueryWords = ["query", "q", "search", "keyword", "keywords", "topic", "question", "prompt", "text", "message", "input", "content", "term", "terms", "subject", "description", "summary", "reason", "answer", "comment", "note", "body", "request"];
    private static readonly HashSet<string> NameWords = ["name", "title", "label", "person", "user", "username", "author"];

    public static string For(string field, JsonSchemaNode node, ValueHints hints, ref SeededRandom random)
    {
        var value = ByFormat(node.Format, ref random) ?? ByName(field, hints, ref random);
        if (node.MaxLength is { } max && value.Length > max)
        {
            value = value[..(int)Math.Max(0, max)];
        }

        if (node.MinLength is { } min && value.Length < min)
        {
            value = value.PadRight((int)min, 'x');
        }

        return value;
    }

    private static string? ByFormat(string? format, ref SeededRandom random) => format switch
    {
        "date" => "2025-01-15",
        "date-time" => "2025-01-15T09:30:00Z",
        "time" => "09:30:00",
        "email" => "user@example.com",
        "uri" or "url" or "uri-reference" => "https://example.com/sim",
        "hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "uuid" => new Guid((int)random.NextUInt64(), (short)random.Next(short.MaxValue), (short)random.Next(short.MaxValue), 0x8a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f, 0x60, 0x71).ToString(),
        _ => null,
    };

    private static string ByName(string field, ValueHints hints, ref SeededRandom random)
    {
        var words = ContentWords.Split(field).Select(w => w.ToLowerInvariant()).ToList();
        bool Says(HashSet<string> set) => words.Any(set.Contains);

        if (words.Contains("email"))
        {
            return "user@example.com";
        }

        if (words.Any(w => w is "url" or "uri" or "link" or "website"))
        {
            return "https://example.com/sim";
        }

        if (words.Count > 0 && words[^1] is "date" or "day")
        {
            return "2025-01-15";
        }

        if (words.Count > 0 && words[^1] is "id" or "identifier" or "key")
        {
            return string.Create(CultureInfo.InvariantCulture, $"sim_{random.NextUInt64() & 0xFFFFFFFF:x8}");
        }

        if (words.Any(w => w is "language" or "lang" or "locale"))
        {
            return hints.Chinese ? "zh" : "en";
        }

        if (Says(PlaceWords))
        {
            return hints.Place(ref random);
        }

        if (Says(QueryWords))
        {
            return hints.Query();
        }

        return Says(NameWords) && hints.Names.Count > 0 ? hints.Names[0] : hints.Word(ref random);
    }
}
