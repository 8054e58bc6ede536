using LlmActors.Moderation;
using LlmActors.Grains.Chat;
using Orleans.Concurrency;
using Orleans.Placement;

namespace LlmActors.Grains.Moderation;

/// <summary>
/// Keeps nothing between calls but the ids it is serving (thresholds live in the project's policy grain). Reentrant
/// because a decision waits on model calls — the strong model takes about a second — and without interleaving each
/// activation would serve one request at a time. Not a stateless worker: a caller's cancellation is delivered to a
/// grain by its id, which a stateless worker's activations do not have, so a caller that left was never heard and
/// the strong calls ran on, charged in full. Callers spread load over many keys instead (the API's WorkerKeys).
/// </summary>
[Reentrant]
[CollectionAgeLimit(Minutes = 3)] // worker ids rotate: a retired id's activation goes soon
[PreferLocalPlacement] // on the gateway silo the API host sent it to
public sealed class ModerationGrain(ModerationCascade cascade, ModerationEvaluator evaluator) : Grain, IModerationGrain
{
    private readonly RunningRequests _running = new();

    public async Task<ModerationResponse> Moderate(ModerationRequest request, CancellationToken cancellationToken)
    {
        using var running = _running.Add(request.RequestId);
        return await cascade.ModerateAsync(request, await PolicyOf(request.ProjectId), cancellationToken);
    }

    public async Task<EvaluationReport> Evaluate(EvaluationRequest request, CancellationToken cancellationToken)
    {
        using var running = _running.Add(request.RequestId);
        return await evaluator.EvaluateAsync(request, await PolicyOf(request.ProjectId), cancellationToken);
    }

    public Task<string[]> Missing(string[] requestIds) => Task.FromResult(_running.Missing(requestIds));

    private Task<ModerationPolicy> PolicyOf(string projectId) => GrainFactory.GetGrain<IModerationPolicyGrain>(projectId).Get();
}
