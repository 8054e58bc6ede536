using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Tools;

/// <summary>
/// What tool definitions add to the prompt (OpenAI does not publish its rule; this is the simulator's): per
/// function 8 tokens of framing plus the o200k tokens of its name, description and compact parameters JSON,
/// and 12 once for the tools block.
/// </summary>
internal static class ToolTokens
{
    public static int Of(string name, string? description, JsonSchemaNode? parameters) =>
        8 + SimTokenizer.Count(name) + SimTokenizer.Count(description ?? "") + Schema(parameters);

    public static int Of(IReadOnlyList<ToolFunction> functions) => functions.Count == 0 ? 0 : 12 + functions.Sum(f => f.Tokens);

    public static int Schema(JsonSchemaNode? schema) => SimTokenizer.Count(SchemaText(schema));

    /// <summary>The schema as compact JSON (what is counted); empty for none.</summary>
    public static string SchemaText(JsonSchemaNode? schema) =>
        schema is null ? "" : JsonSerializer.Serialize(schema, SimJsonContext.Default.JsonSchemaNode);
}
