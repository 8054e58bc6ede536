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
    public TimeProvider Clock => clock;

    public async Task<CallError?> ReserveAsync(MeteredCall call, long estimatedTokens, decimal estimatedCostUsd)
    {
        var admission = await budgets.ReserveAsync(call.Scope, call.RequestId, estimatedTokens, estimatedCostUsd);
        if (!admission.Admitted)
        {
            metrics.BudgetRefused(call.Operation);
        }

        return admission.Admitted
            ? null
            : new CallError(CallStatus.BudgetExceeded, admission.Reason ?? "The budget for this window is used up.", null, admission.RetryAfter);
    }

    /// <summary>Charges what a call used (also a cut or cancelled one) and logs it.</summary>
    public async Task<ChatUsage> SettleAsync(MeteredCall call, ModelDefinition model, int promptTokens, int completionTokens, bool fallback, double? ttftMs, string outcome)
    {
        var usage = new ChatUsage(model.Name, promptTokens, completionTokens, model.Cost(promptTokens, completionTokens), fallback, call.Tier);
        await budgets.CommitAsync(call.Scope, call.RequestId, usage.TotalTokens, usage.CostUsd);
        var elapsedMs = ElapsedMs(call);
        spend.Record(new SpendRecord(
            clock.GetUtcNow(), call.Scope.ProjectId, call.Scope.UserId, model.Name, call.Tier, promptTokens, completionTokens,
            usage.CostUsd, CacheHit: false, fallback, elapsedMs, ttftMs, outcome));
        metrics.Call(call.Operation, model.Name, call.Tier, outcome, elapsedMs / 1000, usage, ttftMs / 1000);
        return usage;
    }

    /// <summary>Returns the reservation when no model produced anything.</summary>
    public async Task ReleaseAsync(MeteredCall call, string model, string outcome)
    {
        await budgets.ReleaseAsync(call.Scope, call.RequestId);
        var elapsedMs = ElapsedMs(call);
        spend.Record(new SpendRecord(
            clock.GetUtcNow(), call.Scope.ProjectId, call.Scope.UserId, model, call.Tier, 0, 0, 0m, CacheHit: false,
            Fallback: false, elapsedMs, null, outcome));
        metrics.Call(call.Operation, model, call.Tier, outcome, elapsedMs / 1000, usage: null, ttftSeconds: null);
    }

    public double ElapsedMs(MeteredCall call) => clock.GetElapsedTime(call.StartedAt).TotalMilliseconds;
}
