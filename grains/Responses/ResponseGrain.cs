using LlmActors.Grains.Quotas;
using LlmActors.Responses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Responses;

/// <summary>
/// Non-reentrant: every method is one check-and-change. It calls no other grain, so the project's quota grain can ask
/// it to expire or be forgotten without the two ever waiting on each other. Written through to storage on every
/// change: a response that was answered must still be there after its silo dies.
/// </summary>
public sealed class ResponseGrain(
    [PersistentState("response", StorageNames.Responses)] IPersistentState<ResponseState> state,
    IOptions<QuotaOptions> options,
    [FromKeyedServices(QuotaClock.Key)] TimeProvider clock) : Grain, IResponseGrain
{
    public async Task Store(StoredResponse response)
    {
        state.State = new ResponseState
        {
            Response = response.Response,
            Input = response.Input,
            PreviousResponseId = response.PreviousResponseId,
            // Retention runs from when it was kept, on the clock the project's quota grain sweeps by.
            CreatedAt = clock.GetUtcNow(),
        };
        await state.WriteStateAsync();
    }

    public async Task<StoredResponse?> Get()
    {
        if (!await KeptAsync())
        {
            return null;
        }

        var kept = state.State;
        return new StoredResponse(kept.Response!, kept.Input, kept.PreviousResponseId, kept.CreatedAt);
    }

    public async Task<bool> Delete()
    {
        if (!await KeptAsync())
        {
            return false;
        }

        await ClearAsync();
        return true;
    }

    public async Task Forget()
    {
        if (state.State.Response is not null)
        {
            await ClearAsync();
        }
    }

    public async Task<DateTimeOffset?> ExpireIfIdle() => await KeptAsync() ? state.State.CreatedAt : null;

    /// <summary>Whether a response is stored and within its retention; an expired one is cleared now.</summary>
    private async Task<bool> KeptAsync()
    {
        if (state.State.Response is null)
        {
            return false;
        }

        if (clock.GetUtcNow() - state.State.CreatedAt < options.Value.ResponseRetention)
        {
            return true;
        }

        await ClearAsync();
        return false;
    }

    private async Task ClearAsync()
    {
        await state.ClearStateAsync();
        state.State = new ResponseState();
        this.DeactivateOnIdle();
    }
}
