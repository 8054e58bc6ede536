using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Anthropic;

/// <summary>A client tool (<c>name</c>, <c>description</c>, <c>input_schema</c>); server tools carry a <c>type</c>.</summary>
internal sealed record AnthropicToolBody
{
    public string? Type { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public JsonSchemaNode? InputSchema { get; init; }

    public JsonElement? CacheControl { get; init; }
}

/// <summary><c>tool_choice</c>: <c>{"type": "auto" | "any" | "tool" | "none", "name"?, "disable_parallel_tool_use"?}</c>.</summary>
internal sealed record AnthropicToolChoiceBody
{
    public string? Type { get; init; }

    public string? Name { get; init; }

    public bool? DisableParallelToolUse { get; init; }
}
