using System.Diagnostics;
using LlmActors.Budgets;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Budgets;

/// <summary>
/// One grain call per budget per step: the project's, and the user's in parallel when the scope names one.
/// Both must admit; a reservation taken on one when the other refuses is released.
/// </summary>
internal sealed class BudgetGate(IGrainFactory grains, IOptions<BudgetOptions> options, ILogger<BudgetGate> logger) : IBudgetGate
{
    public async Task<BudgetAdmission> ReserveAsync(BudgetScope scope, string requestId, long estimatedTokens, decimal estimatedCostUsd)
    {
        var project = Project(scope);
        if (scope.UserId is null)
        {
            return Admission(await project.Reserve(requestId, estimatedTokens, estimatedCostUsd), null);
        }

        var user = User(scope);
        var projectDecision = project.Reserve(requestId, estimatedTokens, estimatedCostUsd);
        var userDecision = user.Reserve(requestId, estimatedTokens, estimatedCostUsd);
        try
        {
            await Task.WhenAll(projectDecision, userDecision);
        }
        catch
        {
            await ReleaseAdmitted(requestId, (project, projectDecision), (user, userDecision));
            throw;
        }

        if (projectDecision.Result.Admitted && userDecision.Result.Admitted)
        {
            return projectDecision.Result.Bounded || userDecision.Result.Bounded ? BudgetAdmission.Yes : BudgetAdmission.Unbounded;
        }

        await ReleaseAdmitted(requestId, (project, projectDecision), (user, userDecision));
        return projectDecision.Result.Admitted ? Admission(userDecision.Result, "user") : Admission(projectDecision.Result, null);
    }

    public Task CommitAsync(BudgetScope scope, string requestId, long actualTokens, decimal actualCostUsd) =>
        Each(scope, budget => WithRetry(() => budget.Commit(requestId, actualTokens, actualCostUsd), requestId));

    public Task ReleaseAsync(BudgetScope scope, string requestId) =>
        Each(scope, async budget =>
        {
            try
            {
                await budget.Release(requestId);
            }
            catch (Exception e)
            {
                // Harmless: an unreleased reservation expires on its own.
                logger.LogWarning(e, "Releasing reservation {RequestId} failed; it will expire", requestId);
            }
        });

    private IProjectBudgetGrain Project(BudgetScope scope) => grains.GetGrain<IProjectBudgetGrain>(BudgetKeys.Project(scope.ProjectId));

    private IProjectBudgetGrain User(BudgetScope scope) => grains.GetGrain<IProjectBudgetGrain>(BudgetKeys.User(scope.ProjectId, scope.UserId!));

    private Task Each(BudgetScope scope, Func<IProjectBudgetGrain, Task> action) =>
        scope.UserId is null ? action(Project(scope)) : Task.WhenAll(action(Project(scope)), action(User(scope)));

    /// <summary>
    /// Commits are idempotent, so a commit lost with its silo is simply sent again until the retry window closes.
    /// Retry pacing is wall-clock time on purpose, not the budget clock (which tests control).
    /// </summary>
    private async Task WithRetry(Func<Task> commit, string requestId)
    {
        var elapsed = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                await commit();
                return;
            }
            catch (Exception e) when (e is not ArgumentException && elapsed.Elapsed + delay < options.Value.CommitRetryFor)
            {
                logger.LogWarning("Commit of {RequestId} failed ({Reason}); retrying", requestId, e.Message);
                await Task.Delay(delay);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
        }
    }

    private static async Task ReleaseAdmitted(string requestId, params (IProjectBudgetGrain Budget, Task<BudgetDecision> Decision)[] reservations)
    {
        foreach (var (budget, decision) in reservations)
        {
            if (decision.IsCompletedSuccessfully && decision.Result.Admitted)
            {
                await budget.Release(requestId);
            }
        }
    }

    private static BudgetAdmission Admission(BudgetDecision decision, string? who) => decision.Admitted
        ? decision.Bounded ? BudgetAdmission.Yes : BudgetAdmission.Unbounded
        : new BudgetAdmission(false, decision.RetryAfter, Reason(decision.Refusal, who ?? "project"), decision.Refusal);

    private static string Reason(BudgetRefusal refusal, string who) => refusal switch
    {
        BudgetRefusal.Cost => $"The {who}'s daily cost budget would be exceeded by this request.",
        BudgetRefusal.Duplicate => "This request id was already charged for a completed call; a new call needs a new request id.",
        _ => $"The {who}'s daily token budget would be exceeded by this request.",
    };
}
