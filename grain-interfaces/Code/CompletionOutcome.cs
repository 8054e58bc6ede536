namespace LlmActors.Code;

/// <summary>How one completion request (or a prefetch) was answered, as the statistics count it.</summary>
[GenerateSerializer, Alias("code.completion-outcome")]
public enum CompletionOutcome
{
    /// <summary>Answered from the cache: no model call.</summary>
    Hit = 0,
    /// <summary>A model call made for this request finished in time.</summary>
    Miss = 1,
    /// <summary>Joined a call already in flight for the same context (a prefetch or a twin request).</summary>
    Joined = 2,
    /// <summary>The hard timeout passed; answered with what was available.</summary>
    Timeout = 3,
    /// <summary>A newer request for the same file replaced it.</summary>
    Cancelled = 4,
    /// <summary>No answer: budget refused, no model answered.</summary>
    Error = 5,
    /// <summary>Not a request: a prefetch started a model call on file open.</summary>
    Prefetch = 6,
}
