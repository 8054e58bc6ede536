using LlmActors.Chat;
using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>Writes a Chat Completions stream as the door's own events (one encoder per stream).</summary>
public interface IDoorEncoder
{
    /// <summary>The events one chunk (not the usage-only one) makes.</summary>
    IReadOnlyList<byte[]> Chunk(AnswerHead chunk);

    /// <summary>The events that close the stream once its usage is metered.</summary>
    IReadOnlyList<byte[]> Finish(ChatUsage usage, string? finishReason);
}
