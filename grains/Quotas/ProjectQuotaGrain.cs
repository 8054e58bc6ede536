using LlmActors.Code;
using LlmActors.Grains.Code;
using LlmActors.Quotas;
using LlmActors.Responses;
using LlmActors.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Quotas;

/// <summary>
/// Non-reentrant: an admission's check and change happen in one turn. A sweep holds the grain while it asks
/// idle candidates to expire; they are reentrant and never call this grain from <c>ExpireIfIdle</c>, so the two
/// cannot wait on each other. The registry is written at most once per <c>Quotas:PersistInterval</c>; an admission
/// lost in a crash is made again by that grain's next activation (it then holds state, so it is never refused).
/// </summary>
public sealed class ProjectQuotaGrain(
    [PersistentState("quota", StorageNames.Quotas)] IPersistentState<ProjectQuotaState> state,
    IOptions<QuotaOptions> options,
    [FromKeyedServices(QuotaClock.Key)] TimeProvider clock,
    ILogger<ProjectQuotaGrain> logger) : Grain, IProjectQuotaGrain
{
    private readonly QuotaOptions _options = options.Value;
    private ThrottledState<ProjectQuotaState> _persisted = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _persisted = new ThrottledState<ProjectQuotaState>(state, () => state.State, logger);
        this.RegisterGrainTimer(_persisted.FlushAsync, new GrainTimerCreationOptions(_options.PersistInterval, _options.PersistInterval));
        this.RegisterGrainTimer(SweepAllAsync, new GrainTimerCreationOptions(_options.SweepInterval, _options.SweepInterval));
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _persisted.FlushAsync();

    public async Task Admit(OpenKind kind, string id, bool isNew)
    {
        var open = state.State.Of(kind);
        if (!open.ContainsKey(id) && isNew && open.Count >= _options.Limit(kind) && await SweepAsync(kind) == 0)
        {
            if (kind == OpenKind.Response)
            {
                // A stored response is history, not work in progress: the oldest goes rather than the new one being refused.
                await ForgetOldestAsync(open);
                open[id] = clock.GetUtcNow();
                _persisted.Changed();
                return;
            }

            throw new ProjectLimitExceededException(
                $"This project has {open.Count} open {Plural(kind)}, its limit ({_options.LimitName(kind)} = {_options.Limit(kind)}). " +
                $"Idle ones expire after {_options.IdleTimeout(kind)} without use.");
        }

        open[id] = clock.GetUtcNow();
        _persisted.Changed();
    }

    public Task<int> Count(OpenKind kind) => Task.FromResult(state.State.Of(kind).Count);

    private async Task SweepAllAsync(CancellationToken cancellationToken)
    {
        await SweepAsync(OpenKind.File);
        await SweepAsync(OpenKind.Conversation);
        await SweepAsync(OpenKind.Response);
    }

    private async Task ForgetOldestAsync(Dictionary<string, DateTimeOffset> open)
    {
        var oldest = open.MinBy(o => o.Value).Key;
        try
        {
            await GrainFactory.Response(this.GetPrimaryKeyString(), oldest).Forget();
        }
        catch (Exception e)
        {
            // Dropped from the registry all the same: it still expires with its retention when next touched.
            logger.LogWarning(e, "Could not forget stored response {Id}", oldest);
        }

        open.Remove(oldest);
    }

    /// <summary>Asks every id unused for its idle timeout (as far as this grain knows) to expire; returns how many did.</summary>
    private async Task<int> SweepAsync(OpenKind kind)
    {
        var open = state.State.Of(kind);
        var now = clock.GetUtcNow();
        var idle = _options.IdleTimeout(kind);
        var due = open.Where(o => now - o.Value >= idle).Select(o => o.Key).ToList();
        var answers = await Task.WhenAll(due.Select(async id => (Id: id, LastUsed: await ExpireAsync(kind, id, now))));
        foreach (var (id, lastUsed) in answers)
        {
            if (lastUsed is { } used)
            {
                open[id] = used;
            }
            else
            {
                open.Remove(id);
            }
        }

        if (due.Count > 0)
        {
            _persisted.Changed();
        }

        return answers.Count(a => a.LastUsed is null);
    }

    private async Task<DateTimeOffset?> ExpireAsync(OpenKind kind, string id, DateTimeOffset now)
    {
        try
        {
            IExpiring grain = kind switch
            {
                OpenKind.File => GrainFactory.GetGrain<ICompletionCacheGrain>(id),
                OpenKind.Response => GrainFactory.Response(this.GetPrimaryKeyString(), id),
                _ => GrainFactory.Conversation(this.GetPrimaryKeyString(), id),
            };
            return await grain.ExpireIfIdle();
        }
        catch (Exception e)
        {
            // Kept as in use: the next sweep asks again.
            logger.LogWarning(e, "Could not expire {Kind} {Id}", kind, id);
            return now;
        }
    }

    private static string Plural(OpenKind kind) => kind == OpenKind.File ? "files" : "conversations";
}
