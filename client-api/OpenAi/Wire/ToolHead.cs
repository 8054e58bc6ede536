using System.Text.Json;

namespace LlmActors.Api.OpenAi.Wire;

/// <summary>A tool definition (function tools are read; other tool types are forwarded as they are).</summary>
public sealed record ToolHead(string? Type, FunctionHead? Function);

/// <summary>A function definition: its name, description and JSON-schema parameters, which the model is sent as prompt.</summary>
public sealed record FunctionHead(string? Name, string? Description, JsonElement? Parameters);

/// <summary>A tool call an assistant message made earlier in the conversation.</summary>
public sealed record ToolCallHead(string? Id, string? Type, FunctionCallHead? Function);

public sealed record FunctionCallHead(string? Name, string? Arguments);
