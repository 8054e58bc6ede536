namespace LlmActors.Moderation;

/// <summary>
/// The fast/strong moderation cascade: the fast model scores risk, clear cases are decided at once, the
/// uncertain band goes to the strong model. Keeps no state between calls (thresholds come from the project's policy
/// grain); callers spread load over many keys.
/// </summary>
public interface IModerationGrain : IGrainWithIntegerKey, LlmActors.Chat.IRequestHolder
{
    /// <summary>One verdict per input, charged to the project's budget (reserved before, committed after).</summary>
    [ResponseTimeout("00:02:00")]
    Task<ModerationResponse> Moderate(ModerationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Scores every item once with each model and derives fast-only, strong-only and cascade results from those scores.</summary>
    [ResponseTimeout("00:10:00")]
    Task<EvaluationReport> Evaluate(EvaluationRequest request, CancellationToken cancellationToken = default);
}
