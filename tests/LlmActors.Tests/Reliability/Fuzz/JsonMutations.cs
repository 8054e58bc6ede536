using System.Text;
using System.Text.Json.Nodes;

namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// Systematic mutations of a valid JSON body, field by field: every object property and array element, at every
/// depth, is removed, replaced by each hostile value, duplicated, or (for strings) given invalid UTF-8 bytes;
/// every object gets an unknown field.
/// </summary>
public static class JsonMutations
{
    private const string Marker = "\u0001fuzz\u0001";

    public static IEnumerable<(string Description, byte[] Body)> Of(string validJson)
    {
        var root = JsonNode.Parse(validJson)!;
        foreach (var location in Locations(root, "$"))
        {
            yield return ($"{location.Path} removed", Mutate(validJson, location.Path, n => Remove(n)));
            foreach (var (name, json) in HostileValues.All)
            {
                yield return ($"{location.Path} = {name}", Mutate(validJson, location.Path, n => n.ReplaceWith(Marker), json));
            }

            if (location.Node is JsonValue value && value.TryGetValue<string>(out _))
            {
                foreach (var (name, bytes) in InvalidUtf8.Sequences)
                {
                    yield return ($"{location.Path} with {name}", Mutate(validJson, location.Path, n => n.ReplaceWith(Marker), null, bytes));
                }
            }
        }

        foreach (var location in Locations(root, "$").Prepend((Path: "$", Node: root)).Where(l => l.Node is JsonObject))
        {
            yield return ($"{location.Path} + unknown field", Mutate(validJson, location.Path, n => ((JsonObject)n)["zzUnknownField"] = 1));
            yield return ($"{location.Path} + field named by a lone surrogate", Mutate(validJson, location.Path, n => ((JsonObject)n)[Marker] = 1, "\"\\udc00\""));
            yield return ($"{location.Path} + field named by invalid UTF-8", MutateName(validJson, location.Path));
            var first = ((JsonObject)location.Node).FirstOrDefault().Key;
            if (first is not null)
            {
                // A repeated name: the marker property is renamed to the real one after serialisation.
                yield return ($"{location.Path}.{first} repeated", Mutate(validJson, location.Path, n => ((JsonObject)n)[Marker] = "repeat", $"\"{first}\""));
            }
        }
    }

    private static IEnumerable<(string Path, JsonNode Node)> Locations(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var childPath = $"{path}.{name}";
                    if (child is not null)
                    {
                        yield return (childPath, child);
                        foreach (var inner in Locations(child, childPath))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childPath = $"{path}[{i}]";
                    if (array[i] is { } child)
                    {
                        yield return (childPath, child);
                        foreach (var inner in Locations(child, childPath))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    /// <summary>Parses a fresh copy, changes the node at <paramref name="path"/>, and swaps the marker for raw text or bytes.</summary>
    private static byte[] Mutate(string validJson, string path, Action<JsonNode> change, string? markerJson = null, byte[]? markerStringBytes = null)
    {
        var copy = JsonNode.Parse(validJson)!;
        change(Find(copy, path));
        var text = copy.ToJsonString();
        var quotedMarker = System.Text.Json.JsonSerializer.Serialize(Marker);
        if (markerStringBytes is not null)
        {
            var parts = text.Split(quotedMarker);
            return [.. Encoding.UTF8.GetBytes(parts[0] + "\"ab"), .. markerStringBytes, .. Encoding.UTF8.GetBytes("cd\"" + parts[1])];
        }

        return Encoding.UTF8.GetBytes(markerJson is null ? text : text.Replace(quotedMarker, markerJson, StringComparison.Ordinal));
    }

    /// <summary>Adds a field whose name is the bytes "a", 0xFF, "b".</summary>
    private static byte[] MutateName(string validJson, string path)
    {
        var copy = JsonNode.Parse(validJson)!;
        ((JsonObject)Find(copy, path))[Marker] = 1;
        var parts = copy.ToJsonString().Split(System.Text.Json.JsonSerializer.Serialize(Marker));
        return [.. Encoding.UTF8.GetBytes(parts[0] + "\"a"), 0xFF, .. Encoding.UTF8.GetBytes("b\"" + parts[1])];
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in Steps(path))
        {
            node = step is int index ? node![index]! : node![(string)step]!;
        }

        return node!;
    }

    private static IEnumerable<object> Steps(string path)
    {
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 1)..end];
                i = end;
            }
            else
            {
                var end = path.IndexOf(']', i);
                yield return int.Parse(path[(i + 1)..end], System.Globalization.CultureInfo.InvariantCulture);
                i = end + 1;
            }
        }
    }

    private static void Remove(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject obj:
                obj.Remove(node.GetPropertyName());
                break;
            case JsonArray array:
                array.Remove(node);
                break;
        }
    }
}
