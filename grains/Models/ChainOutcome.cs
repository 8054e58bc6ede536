namespace LlmActors.Grains.Models;

/// <summary>How a run down the fallback chain ended: an answer, the provider refusing the request, or nobody answering.</summary>
public sealed record ChainOutcome<T>(T? Value, Attempt? Attempt, Exception? Rejection, Exception? LastFailure)
    where T : class;
