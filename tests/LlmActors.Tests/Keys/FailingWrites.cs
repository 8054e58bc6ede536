using Orleans.Runtime;
using Orleans.Storage;

namespace LlmActors.Tests.Keys;

/// <summary>Grain storage that fails the next writes the test arms, as a database outage would; otherwise the inner storage.</summary>
public sealed class FailingWrites(IGrainStorage inner) : IGrainStorage
{
    private int _failNext;

    public int Writes { get; private set; }

    public void FailNext(int writes = 1) => Interlocked.Exchange(ref _failNext, writes);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (Interlocked.Decrement(ref _failNext) >= 0)
        {
            throw new InvalidOperationException("storage down");
        }

        Interlocked.Exchange(ref _failNext, 0);
        Writes++;
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
