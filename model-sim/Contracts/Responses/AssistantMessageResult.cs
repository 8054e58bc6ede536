using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

/// <summary>The answer message: <c>content</c> and <c>refusal</c> are always present (null when absent), as OpenAI writes them.</summary>
internal sealed record AssistantMessageResult(
    string Role,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Content,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Refusal,
    List<ToolCallResult>? ToolCalls,
    FunctionCallResult? FunctionCall,
    AudioResult? Audio,
    List<string> Annotations);
