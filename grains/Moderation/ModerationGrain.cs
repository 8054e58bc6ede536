using LlmActors.Moderation;
using Orleans.Concurrency;

namespace LlmActors.Grains.Moderation;

/// <summary>
/// A stateless worker: it keeps nothing between calls (thresholds live in the project's policy grain), so Orleans
/// may run several activations per silo, next to their callers. Reentrant because a decision waits on model
/// calls — the strong model takes about a second — and without interleaving each activation would serve one
/// request at a time.
/// </summary>
[StatelessWorker]
[Reentrant]
public sealed class ModerationGrain(ModerationCascade cascade, ModerationEvaluator evaluator) : Grain, IModerationGrain
{
    public async Task<ModerationResponse> Moderate(ModerationRequest request, CancellationToken cancellationToken) =>
        await cascade.ModerateAsync(request, await PolicyOf(request.ProjectId), cancellationToken);

    public async Task<EvaluationReport> Evaluate(EvaluationRequest request, CancellationToken cancellationToken) =>
        await evaluator.EvaluateAsync(request, await PolicyOf(request.ProjectId), cancellationToken);

    private Task<ModerationPolicy> PolicyOf(string projectId) => GrainFactory.GetGrain<IModerationPolicyGrain>(projectId).Get();
}
