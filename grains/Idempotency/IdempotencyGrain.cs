using LlmActors.Idempotency;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace LlmActors.Grains.Idempotency;

/// <summary>
/// Non-reentrant: every method is one check-and-change and one write, so concurrent claims of a key queue and
/// exactly one of them runs. A change is kept only once written: after a failed write the grain still holds what
/// storage holds, and a retry of the write sees the same decision.
/// </summary>
public sealed class IdempotencyGrain(
    [PersistentState("idempotency", StorageNames.Idempotency)] IPersistentState<IdempotencyState> state,
    IOptions<IdempotencyOptions> options,
    TimeProvider clock) : Grain, IIdempotencyGrain
{
    public async Task<IdempotencyClaim> Begin(string fingerprint)
    {
        var (claim, next) = IdempotencyRules.Begin(state.State, fingerprint, clock.GetUtcNow(), options.Value);
        await AdoptAsync(next);
        return claim;
    }

    public Task Complete(Guid attempt, StoredAnswer answer) =>
        SettleAsync(IdempotencyRules.Complete(state.State, attempt, answer, null, clock.GetUtcNow(), options.Value));

    public Task CompleteUnreplayable(Guid attempt, string reason) =>
        SettleAsync(IdempotencyRules.Complete(state.State, attempt, null, reason, clock.GetUtcNow(), options.Value));

    public Task Release(Guid attempt) => SettleAsync(IdempotencyRules.Release(state.State, attempt));

    /// <summary>
    /// A settled key is rarely asked again, and may hold an answer of up to a MiB: it leaves memory at once (a replay
    /// reads it back), so memory holds only running keys, not a window's worth of answers.
    /// </summary>
    private async Task SettleAsync(IdempotencyState? next)
    {
        await AdoptAsync(next);
        this.DeactivateOnIdle();
    }

    private async Task AdoptAsync(IdempotencyState? next)
    {
        if (next is null)
        {
            return;
        }

        var previous = state.State;
        state.State = next;
        try
        {
            if (next.Phase == IdempotencyPhase.Free)
            {
                // A released key leaves nothing behind in storage.
                await state.ClearStateAsync();
            }
            else
            {
                await state.WriteStateAsync();
            }
        }
        catch (Exception e)
        {
            state.State = previous;
            if (e is InconsistentStateException)
            {
                // Another activation wrote this key (a split brain during failover): reload from storage.
                this.DeactivateOnIdle();
            }

            throw;
        }
    }
}
