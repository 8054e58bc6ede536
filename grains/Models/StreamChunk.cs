namespace LlmActors.Grains.Models;

/// <summary>
/// One event of a provider's stream: its JSON as sent, and what the gateway reads of it. A <see cref="Native"/> event
/// is in the door's own format (a forwarded Responses or Messages stream), already renamed, and passed on as it is.
/// </summary>
public sealed record StreamChunk(byte[] Data, AnswerHead Head, bool Native = false)
{
    /// <summary>The usage-only chunk a stream ends with when usage was asked for: no choices, only usage.</summary>
    public bool IsUsageOnly => !Native && Head.Usage is not null && Head.Choices is null or { Count: 0 };
}
