using LlmActors.Chat;
using LlmActors.Support;

namespace LlmActors.Grains.Support;

/// <summary>A conversation's kept history (bounded), its totals, its last reply for retried requests, and when it was last used.</summary>
[GenerateSerializer, Alias("support.conversation-state")]
public sealed class ConversationState
{
    [Id(0)] public List<ChatMessage> Messages { get; set; } = [];
    [Id(1)] public int Turns { get; set; }
    [Id(2)] public decimal TotalCostUsd { get; set; }
    [Id(3)] public string? LastRequestId { get; set; }
    [Id(4)] public SupportReply? LastReply { get; set; }
    [Id(5)] public DateTimeOffset? LastActiveAt { get; set; }
}
