using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Schema;

/// <summary>Follows <c>$ref</c> pointers (<c>#</c>, <c>#/$defs/X</c>, <c>#/definitions/X</c>, through properties and items) and merges <c>allOf</c>.</summary>
internal sealed class SchemaResolver(JsonSchemaNode root)
{
    public JsonSchemaNode Resolve(JsonSchemaNode node)
    {
        for (var hops = 0; node.Ref is { } pointer && hops < 16; hops++)
        {
            node = Follow(pointer) ?? JsonSchemaNode.Anything;
        }

        return node.AllOf is { Count: > 0 } parts ? Merge(node, parts) : node;
    }

    private JsonSchemaNode? Follow(string pointer)
    {
        if (!pointer.StartsWith('#'))
        {
            return null;
        }

        var node = root;
        var segments = pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length && node is not null; i++)
        {
            var segment = segments[i];
            node = segment switch
            {
                "items" => node.Items,
                "$defs" or "definitions" or "properties" when i + 1 < segments.Length => Lookup(segment, node, segments[++i].Replace("~1", "/").Replace("~0", "~")),
                _ => null,
            };
        }

        return node;
    }

    private static JsonSchemaNode? Lookup(string keyword, JsonSchemaNode node, string name)
    {
        var map = keyword switch
        {
            "$defs" => node.Defs,
            "definitions" => node.Definitions,
            _ => node.Properties,
        };
        return map is not null && map.TryGetValue(name, out var found) ? found : null;
    }

    /// <summary>The node and every <c>allOf</c> part as one object schema: properties and required keys united.</summary>
    private JsonSchemaNode Merge(JsonSchemaNode node, List<JsonSchemaNode> parts)
    {
        var properties = new Dictionary<string, JsonSchemaNode>(node.Properties ?? [], StringComparer.Ordinal);
        var required = new List<string>(node.Required ?? []);
        var type = node.Type;
        foreach (var part in parts.Select(Resolve))
        {
            foreach (var (key, value) in part.Properties ?? [])
            {
                properties.TryAdd(key, value);
            }

            required.AddRange(part.Required ?? []);
            type ??= part.Type;
        }

        return node with { AllOf = null, Type = type, Properties = properties.Count > 0 ? properties : null, Required = required.Distinct().ToList() };
    }
}
