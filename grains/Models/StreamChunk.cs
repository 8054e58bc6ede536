namespace LlmActors.Grains.Models;

/// <summary>One event of a provider's stream: its JSON as sent, and what the gateway reads of it.</summary>
public sealed record StreamChunk(byte[] Data, AnswerHead Head)
{
    /// <summary>The usage-only chunk a stream ends with when usage was asked for: no choices, only usage.</summary>
    public bool IsUsageOnly => Head.Usage is not null && Head.Choices is null or { Count: 0 };
}
