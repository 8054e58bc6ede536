using System.Text;

namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// The seeded random part: valid bodies with flipped, dropped or inserted bytes; random JSON built from the route's
/// field names; random byte strings; random path segments. The same seed gives the same inputs.
/// </summary>
public static class RandomInputs
{
    private static readonly string[] Atoms =
    [
        "null", "true", "false", "0", "-1", "1e309", "9223372036854775808", "0.5", "\"\"", "\"x\"", "\"\\ud800\"", "\"中文\"",
        "[]", "{}", "\"" + new string('z', 3000) + "\"",
    ];

    public static IEnumerable<FuzzInput> Of(FuzzTarget target, int seed, int count)
    {
        // Not HashCode.Combine: it is salted per process, and the same seed must give the same inputs in every run.
        var random = new Random(unchecked((seed * 31) + StableHash(target.Route.Name)));
        var valid = target.ValidBody ?? "{}"u8.ToArray();
        var names = FieldNames(Encoding.UTF8.GetString(valid));
        for (var i = 0; i < count; i++)
        {
            var kind = random.Next(4);
            yield return kind switch
            {
                0 => Body(target, $"#{i} byte noise", Noise(valid, random)),
                1 => Body(target, $"#{i} random JSON", Encoding.UTF8.GetBytes(RandomObject(names, random, depth: 0))),
                2 => Body(target, $"#{i} random bytes", RandomBytes(random)),
                _ => target.Parameters() is { Count: > 0 } parameters
                    ? target.Valid("random", $"#{i} random path segment") with
                    {
                        PathAndQuery = target.Values.Path(target.Route, parameters[random.Next(parameters.Count)], RandomSegment(random))
                            + (target.Route.ValidQuery is { } q ? "?" + q : ""),
                    }
                    : Body(target, $"#{i} byte noise", Noise(valid, random)),
            };
        }
    }

    private static IReadOnlyList<string> Parameters(this FuzzTarget target) => target.Route.Parameters;

    private static FuzzInput Body(FuzzTarget target, string description, byte[] body) =>
        target.Valid("random", description) with { Body = body, ContentType = "application/json" };

    private static byte[] Noise(byte[] valid, Random random)
    {
        var bytes = new List<byte>(valid);
        for (var edits = random.Next(1, 6); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveAt(at);
                    break;
                default:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
            }
        }

        return [.. bytes];
    }

    private static string RandomObject(IReadOnlyList<string> names, Random random, int depth)
    {
        var fields = Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
            $"\"{(random.Next(5) == 0 ? "f" + random.Next(100) : names[random.Next(names.Count)])}\":{RandomValue(names, random, depth)}");
        return "{" + string.Join(',', fields) + "}";
    }

    private static string RandomValue(IReadOnlyList<string> names, Random random, int depth) =>
        (depth < 3 ? random.Next(6) : 0) switch
        {
            4 => RandomObject(names, random, depth + 1),
            5 => "[" + string.Join(',', Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomValue(names, random, depth + 1))) + "]",
            _ => Atoms[random.Next(Atoms.Length)],
        };

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 512)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string RandomSegment(Random random)
    {
        const string alphabet = "aZ09-._~:@!$&'()*+,;=%/\\\"<>^`{|} ";
        var length = random.Next(0, 40);
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var c = alphabet[random.Next(alphabet.Length)];
            text.Append(c is '%' or '/' or '\\' or '"' or '<' or '>' or '^' or '`' or '{' or '|' or '}' or ' '
                ? Uri.EscapeDataString(c.ToString()) : c.ToString());
        }

        return text.ToString();
    }

    private static IReadOnlyList<string> FieldNames(string json)
    {
        var names = new List<string>();
        var node = System.Text.Json.Nodes.JsonNode.Parse(json);
        Collect(node, names);
        return names.Count > 0 ? names : ["a"];
    }

    private static void Collect(System.Text.Json.Nodes.JsonNode? node, List<string> names)
    {
        if (node is System.Text.Json.Nodes.JsonObject obj)
        {
            foreach (var (name, child) in obj)
            {
                names.Add(name);
                Collect(child, names);
            }
        }
        else if (node is System.Text.Json.Nodes.JsonArray array)
        {
            foreach (var child in array)
            {
                Collect(child, names);
            }
        }
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));
}
