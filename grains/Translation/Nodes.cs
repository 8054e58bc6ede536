using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>Small reads and writes of JSON nodes the translators share.</summary>
public static class Nodes
{
    /// <summary>An object read from a provider: anything else means the deployment sent something broken.</summary>
    public static JsonObject Answer(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new ProviderStreamException($"The provider answered with something that is not a JSON object: {JsonSplice.Describe(json)}");
        }
        catch (JsonException)
        {
            throw new ProviderStreamException($"The provider answered with something that is not JSON: {JsonSplice.Describe(json)}");
        }
    }

    /// <summary>A request body the API host has already validated; one it could not read is refused, not failed.</summary>
    public static JsonObject Request(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }) as JsonObject
                ?? throw new TranslationException("The body must be a JSON object.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new TranslationException("The body is not JSON the gateway can translate: " + e.Message);
        }
    }

    /// <summary>Answers are JSON for programs, not HTML: quotes and non-ASCII text are written as they are, as providers write them.</summary>
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Bytes(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Writing))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string? Str(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static string? Str(JsonNode? parent, string name) => parent is JsonObject o ? Str(o[name]) : null;

    public static int Int(JsonNode? parent, string name) =>
        parent is JsonObject o && o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) ? n : 0;

    public static bool? Bool(JsonNode? parent, string name) =>
        parent is JsonObject o && o[name] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    /// <summary>A copy of a child, to be placed in another document.</summary>
    public static JsonNode? Copy(JsonNode? parent, string name) => parent is JsonObject o ? o[name]?.DeepClone() : null;

    /// <summary>Copies each named field that is present (null included, as the client sent it).</summary>
    public static void CopyFields(JsonObject from, JsonObject to, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (from.TryGetPropertyValue(name, out var value))
            {
                to[name] = value?.DeepClone();
            }
        }
    }

    /// <summary>The text of a content that is a string or an array of parts with <c>text</c> (or <c>refusal</c>).</summary>
    public static string Text(JsonNode? content) => content switch
    {
        JsonValue v when Str(v) is { } s => s,
        JsonArray parts => string.Join("", parts.Select(p => Str(p, "text") ?? Str(p, "refusal")).Where(t => t is not null)),
        _ => "",
    };

    /// <summary>Arguments a model wrote as a JSON string, as an object (Anthropic's <c>input</c>); broken JSON is kept as a string.</summary>
    public static JsonNode Arguments(string? arguments)
    {
        if (string.IsNullOrWhiteSpace(arguments))
        {
            return new JsonObject();
        }

        try
        {
            return JsonNode.Parse(arguments) ?? new JsonObject();
        }
        catch (JsonException)
        {
            return new JsonObject { ["arguments"] = arguments };
        }
    }

    public static JsonObject Obj(params ReadOnlySpan<(string Name, JsonNode? Value)> fields)
    {
        var o = new JsonObject();
        foreach (var (name, value) in fields)
        {
            o[name] = value;
        }

        return o;
    }
}
