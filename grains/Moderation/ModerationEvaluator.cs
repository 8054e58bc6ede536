using LlmActors.Chat;
using LlmActors.Grains.Budgets;
using LlmActors.Grains.Models;
using LlmActors.Moderation;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Moderation;

/// <summary>
/// Evaluation on a labelled set: each model scores each item exactly once (one call per item, so each latency
/// is a single request's), and fast-only, strong-only, the cascade and the threshold sweep are all replayed from
/// those scores. The run calls both models on every item, so it is charged like strong-only plus fast-only,
/// reserved up front for the whole set.
/// </summary>
public sealed class ModerationEvaluator(
    CascadeModelResolver resolver,
    ModerationScorer scorer,
    Metering metering,
    IOptions<ModerationOptions> options,
    TimeProvider clock)
{
    public const int MaxMistakes = 200;
    public const double DefaultMaxAccuracyLoss = 0.005;

    public async Task<EvaluationReport> EvaluateAsync(EvaluationRequest request, ModerationPolicy projectPolicy, CancellationToken cancellationToken)
    {
        if (resolver.Resolve(out var notConfigured) is not { } models)
        {
            return EvaluationReport.Failed(notConfigured!);
        }

        var policy = projectPolicy with
        {
            AllowBelow = request.AllowBelow ?? projectPolicy.AllowBelow,
            BlockAbove = request.BlockAbove ?? projectPolicy.BlockAbove,
        };
        if (policy.Problem() is { } problem)
        {
            return EvaluationReport.Failed(new CallError(CallStatus.BadRequest, problem.Message, problem.Field));
        }

        var inputs = request.Items.Select(i => i.Input).ToArray();
        var call = new MeteredCall(new BudgetScope(request.ProjectId, null), request.RequestId, null, clock.GetTimestamp(), ModerationCascade.Operation);
        var fastEstimate = scorer.Estimate(models.Fast, inputs);
        var strongEstimate = scorer.Estimate(models.Strong, inputs);
        if (await metering.ReserveAsync(call, fastEstimate.Tokens + strongEstimate.Tokens, fastEstimate.CostUsd + strongEstimate.CostUsd) is { } refused)
        {
            return EvaluationReport.Failed(refused);
        }

        var (fast, strong, charged) = await ScoreBothAsync(call, models, inputs, cancellationToken);
        var items = request.Items.Select((item, i) => new ScoredItem(item.Flagged, fast.Scores[i], strong.Scores[i])).ToArray();
        var cascade = CascadePolicy.From(policy);
        var strongOnly = DecisionMetrics.StrongOnly(items, policy.FailMode);
        var sweep = ThresholdSweeper.Sweep(
            items, policy.FailMode, request.TargetFalseBlockRate ?? strongOnly.FalseBlockRate, request.MaxAccuracyLoss ?? DefaultMaxAccuracyLoss);
        return new EvaluationReport(
            items.Length,
            policy,
            DecisionMetrics.FastOnly(items, policy.FailMode),
            strongOnly,
            DecisionMetrics.Cascade(items, cascade, policy.FailMode),
            sweep,
            Mistakes(request.Items, items, cascade, policy.FailMode),
            items.Count(i => i.Fast.Score is null),
            items.Count(i => i.Strong.Score is null),
            charged,
            null);
    }

    private async Task<(ScoredBatch Fast, ScoredBatch Strong, decimal Charged)> ScoreBothAsync(
        MeteredCall call, CascadeModels models, string[] inputs, CancellationToken cancellationToken)
    {
        var parallelism = options.Value.MaxParallelCalls;
        var log = new CallLog();
        var fast = scorer.ScoreAsync(models.Fast, inputs, batched: false, parallelism, log, cancellationToken);
        var strong = scorer.ScoreAsync(models.Strong, inputs, batched: false, parallelism, log, cancellationToken);
        try
        {
            await Task.WhenAll(fast, strong);
        }
        catch (Exception)
        {
            // Cancelled or failed: charge every call that was made (as in the cascade), return the rest of the reservation.
            await metering.SettleCallsAsync(call, log.Calls);
            throw;
        }

        var charged = await metering.SettleCallsAsync(call, log.Calls);
        return (fast.Result, strong.Result, charged);
    }

    private static EvaluationMistake[] Mistakes(LabelledItem[] labelled, ScoredItem[] items, CascadePolicy cascade, FailMode failMode) =>
        [.. items
            .Select((item, i) => (item, i, outcome: cascade.Decide(item.Fast.Score, item.Strong.Score, failMode)))
            .Where(x => (x.outcome.Decision == ModerationDecision.Block) != x.item.Flagged)
            .Take(MaxMistakes)
            .Select(x => new EvaluationMistake(x.i, labelled[x.i].Id, x.item.Flagged, x.item.Fast.Score, x.item.Strong.Score, x.outcome.Stage))];
}
