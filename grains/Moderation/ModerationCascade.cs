using LlmActors.Grains.Budgets;
using LlmActors.Grains.Models;
using LlmActors.Moderation;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Moderation;

/// <summary>
/// The live path: reserve budget for the worst case (every input through both models) → the fast model scores
/// all inputs in one call → inputs in the uncertain band (or unscored) go to the strong model → one commit of
/// what was used, a spend row per model call, and a metrics record per decision.
/// </summary>
public sealed class ModerationCascade(
    CascadeModelResolver resolver,
    ModerationScorer scorer,
    Metering metering,
    ModerationMetrics metrics,
    IOptions<ModerationOptions> options,
    TimeProvider clock)
{
    public const string Operation = "moderation";

    public async Task<ModerationResponse> ModerateAsync(ModerationRequest request, ModerationPolicy policy, CancellationToken cancellationToken)
    {
        if (resolver.Resolve(out var notConfigured) is not { } models)
        {
            return ModerationResponse.Failed(notConfigured!);
        }

        var call = new MeteredCall(new BudgetScope(request.ProjectId, null), request.RequestId, null, clock.GetTimestamp(), Operation);
        var fastEstimate = scorer.Estimate(models.Fast, request.Inputs);
        var strongEstimate = scorer.Estimate(models.Strong, request.Inputs);
        if (await metering.ReserveAsync(call, fastEstimate.Tokens + strongEstimate.Tokens, fastEstimate.CostUsd + strongEstimate.CostUsd) is { } refused)
        {
            return ModerationResponse.Failed(refused);
        }

        var log = new CallLog();
        var settled = false;
        try
        {
            var parallelism = options.Value.MaxParallelCalls;
            var fast = await scorer.ScoreAsync(models.Fast, request.Inputs, batched: true, parallelism, log, cancellationToken);
            var cascade = CascadePolicy.From(policy);
            var escalated = Enumerable.Range(0, request.Inputs.Length).Where(i => cascade.Route(fast.Scores[i].Score) == FastRoute.Escalate).ToArray();
            var strong = await scorer.ScoreAsync(models.Strong, [.. escalated.Select(i => request.Inputs[i])], batched: true, parallelism, log, cancellationToken);

            var strongOf = new StageScore?[request.Inputs.Length];
            for (var j = 0; j < escalated.Length; j++)
            {
                strongOf[escalated[j]] = strong.Scores[j];
            }

            var verdicts = fast.Scores.Select((f, i) => Verdict(cascade, policy.FailMode, f, strongOf[i])).ToArray();
            var cost = await metering.SettleCallsAsync(call, log.Calls);
            settled = true;
            foreach (var verdict in verdicts)
            {
                metrics.Record(verdict);
            }

            return new ModerationResponse(verdicts, cost, null);
        }
        catch (Exception) when (!settled)
        {
            // Cancelled or failed midway: charge every call that was made — the finished ones for what they used,
            // the ones cut short for their input — or return the reservation when none was.
            await metering.SettleCallsAsync(call, log.Calls);
            throw;
        }
    }

    private static ModerationVerdict Verdict(CascadePolicy cascade, FailMode failMode, StageScore fast, StageScore? strong)
    {
        var outcome = cascade.Decide(fast.Score, strong?.Score, failMode);
        // Per-category evidence comes from whichever stage reports it, the deciding one first.
        var categories = outcome.Stage == ModerationStage.Strong && strong is { Categories.Length: > 0 } ? strong.Categories
            : fast.Categories.Length > 0 ? fast.Categories
            : strong?.Categories ?? [];
        return new ModerationVerdict(
            outcome.Decision, outcome.Stage, fast.Score, strong?.Score, outcome.FailModeApplied, categories,
            fast.CostUsd + (strong?.CostUsd ?? 0), fast.LatencyMs + (strong?.LatencyMs ?? 0));
    }
}
