using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>Chat Completions (and legacy completions) chunks, ended by <c>data: [DONE]</c>.</summary>
public sealed class ChatChunkDecoder : IStreamDecoder
{
    private static readonly byte[] Done = "[DONE]"u8.ToArray();

    public (IReadOnlyList<StreamChunk> Chunks, bool End) Decode(byte[] data)
    {
        if (data.AsSpan().SequenceEqual(Done))
        {
            return ([], true);
        }

        var head = AnswerReader.Read(data) ?? throw new ProviderStreamException($"The provider sent an event that is not a chunk: {JsonSplice.Describe(data)}");
        if (head.Error is { } error)
        {
            throw new ProviderStreamException($"The provider's stream failed: {error.Message ?? error.Code ?? "error event"}");
        }

        return ([new StreamChunk(data, head)], false);
    }
}
