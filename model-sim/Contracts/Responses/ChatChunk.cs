namespace LlmActors.ModelSim.Contracts;

/// <summary>One <c>chat.completion.chunk</c>; <c>usage</c> only on the last one, with no choices.</summary>
internal sealed record ChatChunk(
    string Id,
    string Object,
    long Created,
    string Model,
    string ServiceTier,
    string SystemFingerprint,
    List<ChunkChoice> Choices,
    UsageResult? Usage);
