using LlmActors.Quotas;

namespace LlmActors.Code;

/// <summary>
/// One open file of one project (key: <see cref="FileKeys.For"/>). Holds the latest content, builds the
/// trimmed context around the cursor, caches completions by context hash, prefetches on open, enforces the
/// hard timeout, and cancels its in-flight call when a newer request for another context arrives.
/// </summary>
public interface ICompletionCacheGrain : IExpiring
{
    /// <summary>Remembers the file and starts warming a completion for its cursor; returns at once.</summary>
    Task Open(CodeDocument document);

    /// <summary>A completion for the cursor, answered by the hard timeout at the latest.</summary>
    [ResponseTimeout(LlmActors.Chat.CallTimeouts.ModelCall)]
    Task<CodeCompletion> Complete(CodeDocument document, CancellationToken cancellationToken = default);

    /// <summary>The same answer as <see cref="Complete"/>, streamed: deltas as they come, then one terminal item.</summary>
    IAsyncEnumerable<CodeCompletionChunk> Stream(CodeDocument document, CancellationToken cancellationToken = default);

    Task<CodeStats> GetStats();

    /// <summary>A readable view of what this grain holds; the Orleans Dashboard's grain-state page calls a method of this name.</summary>
    Task<CodeStats> GetState();
}
