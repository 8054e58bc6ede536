using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>Reads one provider stream, event by event, in the API it speaks (one decoder per stream: some keep state).</summary>
public interface IStreamDecoder
{
    /// <summary>The chunks one event's data holds, and whether it ended the stream; a failure event throws <see cref="ProviderStreamException"/>.</summary>
    (IReadOnlyList<StreamChunk> Chunks, bool End) Decode(byte[] data);
}
