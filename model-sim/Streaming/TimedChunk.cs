namespace LlmActors.ModelSim.Streaming;

/// <summary>
/// A chunk and when it is due, in tokens after the first (the pacer turns tokens into milliseconds).
/// <see cref="IsContent"/> chunks carry generated output and count towards a cut fault's limit.
/// </summary>
internal readonly record struct TimedChunk<T>(double TokensBefore, bool IsContent, T Chunk);
