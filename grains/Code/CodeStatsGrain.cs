using LlmActors.Code;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LlmActors.Grains.Code;

/// <summary>
/// A project's totals, fed one-way by its files. Reentrant so a (throttled) storage write never holds up
/// the samples arriving meanwhile; every method is a single turn.
/// </summary>
[Reentrant]
public sealed class CodeStatsGrain(
    [PersistentState("code-stats", StorageNames.Completions)] IPersistentState<CompletionStatistics> state,
    IOptions<CodeCompletionOptions> options,
    ILogger<CodeStatsGrain> logger) : Grain, ICodeStatsGrain
{
    private CompletionStatistics _stats = null!;
    private ThrottledState<CompletionStatistics> _persisted = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stats = state.State;
        _persisted = new ThrottledState<CompletionStatistics>(state, _stats.Copy, logger);
        var interval = options.Value.PersistInterval;
        this.RegisterGrainTimer(_persisted.FlushAsync, new GrainTimerCreationOptions(interval, interval) { Interleave = true });
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _persisted.FlushAsync();

    public Task Record(CompletionSample sample)
    {
        _stats.Apply(sample);
        _persisted.Changed();
        return Task.CompletedTask;
    }

    public Task<CodeStats> GetStats() => Task.FromResult(_stats.ToStats());
}
