using LlmActors.Budgets;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Storage;

namespace LlmActors.Grains.Budgets;

/// <summary>
/// Reentrant on purpose: every method does its check-and-change on the ledger synchronously, in one turn,
/// before its first await; the only awaits are for durability. Letting other calls run while a write is in
/// flight is what makes group commit possible: a hot project's reserves keep flowing and its concurrent
/// commits pile up behind one write instead of one write each.
/// </summary>
[Reentrant]
public sealed class ProjectBudgetGrain(
    [PersistentState("budget", StorageNames.Budgets)] IPersistentState<BudgetState> state,
    IOptions<BudgetOptions> options,
    TimeProvider clock) : Grain, IProjectBudgetGrain
{
    private BudgetLedger _ledger = null!;
    private GroupCommit _commits = null!;
    private string _projectId = "";
    private string? _userId;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_projectId, _userId) = BudgetKeys.Parse(this.GetPrimaryKeyString());
        _ledger = BudgetLedger.Restore(state.State, options.Value, clock.GetUtcNow());
        _commits = new GroupCommit(WriteAsync);
        var scan = options.Value.ExpiryScanInterval;
        this.RegisterGrainTimer(ExpireReservations, new GrainTimerCreationOptions(scan, scan) { Interleave = true, KeepAlive = false });
        return Task.CompletedTask;
    }

    public Task<BudgetDecision> Reserve(string requestId, long tokens, decimal costUsd) =>
        Task.FromResult(_ledger.Reserve(requestId, tokens, costUsd, clock.GetUtcNow()));

    public Task Commit(string requestId, long tokens, decimal costUsd) =>
        _ledger.Commit(requestId, tokens, costUsd, clock.GetUtcNow())
            ? _commits.ChangedAsync()
            // A retry of a commit whose first write failed must not be acknowledged before that write succeeds.
            : _commits.DurableAsync();

    public Task Release(string requestId)
    {
        _ledger.Release(requestId);
        return Task.CompletedTask;
    }

    public async Task<BudgetUsage> SetLimits(BudgetLimits limits)
    {
        BudgetLimitRules.Require(limits);
        _ledger.SetLimits(limits, clock.GetUtcNow());
        await _commits.ChangedAsync();
        return Usage();
    }

    public Task<BudgetUsage> GetState() => GetUsage();

    public Task<BudgetUsage> GetUsage() => Task.FromResult(Usage());

    private BudgetUsage Usage() => _ledger.Usage(_projectId, _userId, clock.GetUtcNow());

    private Task ExpireReservations(CancellationToken cancellationToken)
    {
        _ledger.ExpireReservations(clock.GetUtcNow());
        return Task.CompletedTask;
    }

    private async Task WriteAsync()
    {
        state.State = _ledger.Snapshot();
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // Another activation wrote this budget (a split brain during failover): reload from storage.
            this.DeactivateOnIdle();
            throw;
        }
        catch (Exception e) when (e is not StoreUnavailableException)
        {
            throw new StoreUnavailableException($"Budget storage write failed: {e.Message}");
        }
    }
}
