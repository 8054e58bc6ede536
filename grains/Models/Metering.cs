using LlmActors.Budgets;
using LlmActors.Chat;
using LlmActors.Grains.Budgets;
using LlmActors.Grains.Spend;
using LlmActors.Grains.Telemetry;

namespace LlmActors.Grains.Models;

/// <summary>
/// The budget and spend side of every model call: reserve an estimate before, commit what was used
/// (durably) after, release when nothing was used, and log one spend row per call.
/// </summary>
public sealed class Metering(IBudgetGate budgets, ISpendLog spend, GatewayMetrics metrics, TimeProvider clock)
{
    /// <summary>The outcome of a call the provider refused as invalid.</summary>
    public const string Rejected = "rejected";

    public TimeProvider Clock => clock;

    public async Task<CallError?> ReserveAsync(MeteredCall call, long estimatedTokens, decimal estimatedCostUsd) =>
        (await AdmitAsync(call, estimatedTokens, estimatedCostUsd)).Refusal;

    /// <summary>Reserves the estimate; says whether it was refused, and whether any limit applied (a bounded budget).</summary>
    public async Task<(CallError? Refusal, bool Bounded)> AdmitAsync(MeteredCall call, long estimatedTokens, decimal estimatedCostUsd)
    {
        var admission = await budgets.ReserveAsync(call.Scope, call.RequestId, estimatedTokens, estimatedCostUsd);
        if (!admission.Admitted)
        {
            metrics.BudgetRefused(call.Operation);
            var refusal = admission.Refusal == BudgetRefusal.Duplicate
                ? new CallError(CallStatus.Duplicate, admission.Reason ?? "This request id was already charged.")
                : new CallError(CallStatus.BudgetExceeded, admission.Reason ?? "The budget for this window is used up.", null, admission.RetryAfter);
            return (refusal, true);
        }

        return (null, admission.Bounded);
    }

    /// <summary>Charges what a call used (also a cut or cancelled one) and logs it.</summary>
    public async Task<ChatUsage> SettleAsync(
        MeteredCall call, ModelDefinition model, int promptTokens, int completionTokens, bool fallback, double? ttftMs, string outcome,
        int cachedTokens = 0, int reasoningTokens = 0)
    {
        var usage = new ChatUsage(model.Name, promptTokens, completionTokens, model.Cost(promptTokens, completionTokens, cachedTokens), fallback, call.Tier,
            CachedTokens: cachedTokens, ReasoningTokens: reasoningTokens);
        await budgets.CommitAsync(call.Scope, call.RequestId, usage.TotalTokens, usage.CostUsd);
        var elapsedMs = ElapsedMs(call);
        spend.Record(new SpendRecord(
            clock.GetUtcNow(), call.Scope.ProjectId, call.Scope.UserId, model.Name, call.Tier, promptTokens, completionTokens,
            usage.CostUsd, CacheHit: false, fallback, elapsedMs, ttftMs, outcome, call.Endpoint ?? call.Operation));
        metrics.Call(call.Operation, model.Name, call.Tier, outcome, elapsedMs / 1000, usage, ttftMs / 1000);
        return usage;
    }

    /// <summary>Returns the reservation when no model produced anything.</summary>
    public async Task ReleaseAsync(MeteredCall call, string model, string outcome)
    {
        await budgets.ReleaseAsync(call.Scope, call.RequestId);
        var elapsedMs = ElapsedMs(call);
        if (outcome == Rejected)
        {
            // The provider refused the request as invalid: bad input, which must leave the spend log as it was.
            metrics.Call(call.Operation, model, call.Tier, outcome, elapsedMs / 1000, usage: null, ttftSeconds: null);
            return;
        }

        spend.Record(new SpendRecord(
            clock.GetUtcNow(), call.Scope.ProjectId, call.Scope.UserId, model, call.Tier, 0, 0, 0m, CacheHit: false,
            Fallback: false, elapsedMs, null, outcome, call.Endpoint ?? call.Operation));
        metrics.Call(call.Operation, model, call.Tier, outcome, elapsedMs / 1000, usage: null, ttftSeconds: null);
    }

    /// <summary>
    /// Settles a request that made several model calls under one reservation (the moderation cascade calls a
    /// fast and maybe a strong model): one commit of the total, so the request id still settles exactly once,
    /// and a spend row and metrics per call. Returns the total cost.
    /// </summary>
    public async Task<decimal> SettleCallsAsync(MeteredCall call, IReadOnlyList<ModelCallUsage> calls)
    {
        var cost = calls.Sum(c => c.CostUsd);
        var tokens = calls.Sum(c => c.TotalTokens);
        if (tokens == 0 && cost == 0)
        {
            // Nothing was used: return the reservation rather than settle, so a retry under this id is charged.
            await budgets.ReleaseAsync(call.Scope, call.RequestId);
        }
        else
        {
            await budgets.CommitAsync(call.Scope, call.RequestId, tokens, cost);
        }

        foreach (var c in calls)
        {
            var usage = new ChatUsage(c.Model.Name, c.PromptTokens, c.CompletionTokens, c.CostUsd, c.Fallback, call.Tier);
            spend.Record(new SpendRecord(
                clock.GetUtcNow(), call.Scope.ProjectId, call.Scope.UserId, c.Model.Name, call.Tier, c.PromptTokens, c.CompletionTokens,
                c.CostUsd, CacheHit: false, c.Fallback, c.LatencyMs, null, c.Outcome, call.Endpoint ?? call.Operation));
            metrics.Call(call.Operation, c.Model.Name, call.Tier, c.Outcome, c.LatencyMs / 1000, c.TotalTokens > 0 ? usage : null, null);
        }

        return cost;
    }

    /// <summary>A call answered from a cache: no budget touched, a spend row that records the hit.</summary>
    public void RecordHit(MeteredCall call, string model)
    {
        var elapsedMs = ElapsedMs(call);
        spend.Record(new SpendRecord(
            clock.GetUtcNow(), call.Scope.ProjectId, call.Scope.UserId, model, call.Tier, 0, 0, 0m, CacheHit: true, Fallback: false, elapsedMs, null, "cache_hit", call.Endpoint ?? call.Operation));
        metrics.CacheLookup("exact", "exact", hit: true);
    }

    public double ElapsedMs(MeteredCall call) => clock.GetElapsedTime(call.StartedAt).TotalMilliseconds;
}
