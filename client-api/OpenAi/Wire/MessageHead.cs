namespace LlmActors.Api.OpenAi.Wire;

/// <summary>One message: its role, its content (text or parts), and the tool-calling fields that count towards the prompt.</summary>
public sealed record MessageHead
{
    public string? Role { get; init; }
    public MessageContent? Content { get; init; }
    public string? Name { get; init; }
    public List<ToolCallHead>? ToolCalls { get; init; }
    public string? ToolCallId { get; init; }
    public FunctionCallHead? FunctionCall { get; init; }
    public string? Refusal { get; init; }
}
