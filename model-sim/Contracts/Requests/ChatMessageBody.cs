using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

/// <summary>One message of any role: system, developer, user, assistant (with tool calls, refusal), tool, function.</summary>
internal sealed record ChatMessageBody
{
    public string? Role { get; init; }

    [JsonConverter(typeof(MessageContentConverter))]
    public MessageContent? Content { get; init; }

    public string? Name { get; init; }

    public List<ToolCallBody?>? ToolCalls { get; init; }

    public string? ToolCallId { get; init; }

    public FunctionCallBody? FunctionCall { get; init; }

    public string? Refusal { get; init; }
}
