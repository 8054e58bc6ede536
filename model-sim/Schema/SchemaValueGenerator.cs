using System.Buffers;
using System.Text;
using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Schema;

/// <summary>
/// A JSON value that validates against a schema, deterministically: every property written (so every required
/// one is), never a key the schema does not define, types, enums, consts, bounds and array sizes respected,
/// <c>anyOf</c>/<c>oneOf</c> answered by their first non-null branch. Values come from the user's message
/// (<see cref="ValueHints"/>); enum picks and draws come from the conversation's seed.
/// </summary>
internal sealed class SchemaValueGenerator
{
    /// <summary>Beyond this depth a recursive schema gets empty arrays and objects, so generation always ends.</summary>
    private const int MaxDepth = 8;

    private readonly SchemaResolver _resolver;
    private readonly ValueHints _hints;
    private readonly NumberValues _numbers;

    private SchemaValueGenerator(JsonSchemaNode root, ValueHints hints)
    {
        _resolver = new SchemaResolver(root);
        _hints = hints;
        _numbers = new NumberValues(hints);
    }

    public static string Generate(JsonSchemaNode schema, ValueHints hints, ref SeededRandom random)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, SimJson.WriterOptions))
        {
            new SchemaValueGenerator(schema, hints).Write(json, schema, "", 0, ref random);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void Write(Utf8JsonWriter json, JsonSchemaNode node, string field, int depth, ref SeededRandom random)
    {
        node = _resolver.Resolve(node);
        if (node.Const is { } constant)
        {
            constant.WriteTo(json);
            return;
        }

        if (node.Enum is { Count: > 0 } values)
        {
            values[random.Next(values.Count)].WriteTo(json);
            return;
        }

        if ((node.AnyOf ?? node.OneOf) is { Count: > 0 } branches)
        {
            Write(json, branches.FirstOrDefault(b => !IsNull(_resolver.Resolve(b))) ?? branches[0], field, depth, ref random);
            return;
        }

        switch (TypeOf(node))
        {
            case "object":
                WriteObject(json, node, depth, ref random);
                break;
            case "array":
                WriteArray(json, node, field, depth, ref random);
                break;
            case "integer":
                json.WriteNumberValue((long)_numbers.For(field, node, integer: true, ref random));
                break;
            case "number":
                json.WriteNumberValue(_numbers.For(field, node, integer: false, ref random));
                break;
            case "boolean":
                json.WriteBooleanValue(random.Next(2) == 0);
                break;
            case "null":
                json.WriteNullValue();
                break;
            default:
                json.WriteStringValue(StringValues.For(field, node, _hints, ref random));
                break;
        }
    }

    private void WriteObject(Utf8JsonWriter json, JsonSchemaNode node, int depth, ref SeededRandom random)
    {
        json.WriteStartObject();
        if (depth < MaxDepth)
        {
            foreach (var (key, property) in node.Properties ?? [])
            {
                json.WritePropertyName(key);
                Write(json, property, key, depth + 1, ref random);
            }

            // A required key with no definition may hold anything; a string is as good as any.
            foreach (var key in node.Required ?? [])
            {
                if (node.Properties?.ContainsKey(key) != true)
                {
                    json.WritePropertyName(key);
                    Write(json, JsonSchemaNode.Anything, key, depth + 1, ref random);
                }
            }
        }

        json.WriteEndObject();
    }

    private void WriteArray(Utf8JsonWriter json, JsonSchemaNode node, string field, int depth, ref SeededRandom random)
    {
        var items = _resolver.Resolve(node.Items ?? JsonSchemaNode.Anything);
        var min = (int)Math.Max(0, node.MinItems ?? 0);
        var max = (int)Math.Max(min, node.MaxItems ?? int.MaxValue);
        // Nested arrays thin out with depth, so tree-shaped schemas end.
        var count = Math.Clamp(depth >= 3 ? 0 : 1 + random.Next(3), min, max);
        json.WriteStartArray();
        if (items.Enum is { Count: > 0 } values)
        {
            // Distinct picks while the enum lasts: a list of tags or units rarely repeats one.
            var start = random.Next(values.Count);
            for (var i = 0; i < count; i++)
            {
                values[(start + i) % values.Count].WriteTo(json);
            }
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                Write(json, items, field, depth + 1, ref random);
            }
        }

        json.WriteEndArray();
    }

    private static string TypeOf(JsonSchemaNode node)
    {
        if (node.Type is { Count: > 0 } types)
        {
            return types.FirstOrDefault(t => t != "null") ?? "null";
        }

        return node.Properties is not null || node.Required is not null || node.AdditionalProperties is not null ? "object"
            : node.Items is not null ? "array"
            : "string";
    }

    private static bool IsNull(JsonSchemaNode node) => node.Type is { Count: 1 } types && types[0] == "null";
}
