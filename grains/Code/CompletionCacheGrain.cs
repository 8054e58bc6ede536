using System.Runtime.CompilerServices;
using LlmActors.Chat;
using LlmActors.Code;
using LlmActors.Grains.Quotas;
using LlmActors.Grains.Spend;
using LlmActors.Quotas;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LlmActors.Grains.Code;

/// <summary>
/// Reentrant by design: a model call lasts seconds, and the request that should cancel it (the user kept
/// typing) must get in while the older one waits. So no request holds the grain across its model call:
/// each does every check and state change in the turn it arrives (remember the content, build the context,
/// cancel stale flights, look in the cache, join or start a flight) and then only awaits its flight or its
/// deadline. Model calls run beside the requests and feed their flights on the grain's own scheduler, so
/// no member is ever touched by two threads at once. The one exception is the first request of an activation,
/// which is counted against the project's open-file limit first. A file unused for <c>Quotas:FileIdleTimeout</c>
/// is expired: its statistics and cached completions are dropped.
/// </summary>
[Reentrant]
public sealed class CompletionCacheGrain(
    [PersistentState("completion", StorageNames.Completions)] IPersistentState<CompletionState> state,
    CompletionCalls calls,
    IOptions<CodeCompletionOptions> options,
    CodeMetrics metrics,
    ISpendLog spend,
    TimeProvider clock,
    IOptions<QuotaOptions> quotas,
    [FromKeyedServices(QuotaClock.Key)] TimeProvider idleClock,
    ILogger<CompletionCacheGrain> logger) : Grain, ICompletionCacheGrain
{
    private readonly CodeCompletionOptions _options = options.Value;
    private Task? _admission;
    private DateTimeOffset? _lastUsed;
    private readonly Dictionary<string, CompletionFlight> _flights = new(StringComparer.Ordinal);
    private CompletionCache _cache = null!;
    private ContextWindow _window = null!;
    private CompletionStatistics _stats = null!;
    private ThrottledState<CompletionState> _persisted = null!;
    private string _projectId = "";
    private string? _persistedPath;

    // The latest content this file was seen with (memory only: every request carries it again).
    private CodeDocument? _latest;

    private TimeSpan? Timeout => _options.GrainDeadline;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _projectId = FileKeys.ProjectOf(this.GetPrimaryKeyString());
        _window = new ContextWindow(_options.LinesBefore, _options.LinesAfter);
        _cache = new CompletionCache(_options.Cache ? _options.CacheCapacity : 0, _options.MaxTypeAhead);
        _cache.Load(state.State.Entries);
        _stats = state.State.Stats;
        _persistedPath = state.State.Path;
        _lastUsed = state.State.LastUsedAt;
        _persisted = new ThrottledState<CompletionState>(state, Snapshot, logger);
        this.RegisterGrainTimer(_persisted.FlushAsync, new GrainTimerCreationOptions(_options.PersistInterval, _options.PersistInterval) { Interleave = true });
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        foreach (var flight in _flights.Values)
        {
            flight.Cancel(FlightEnd.TimedOut);
        }

        _flights.Clear();
        await _persisted.FlushAsync();
    }

    public async Task Open(CodeDocument document)
    {
        await AdmitAsync();
        var context = Remember(document);
        CancelOthers(context.Hash);
        if (_options.Prefetch && !_flights.ContainsKey(context.Hash) && Lookup(context) is null)
        {
            Start(context).Bound(Timeout, clock);
            Report(new CompletionSample(CompletionOutcome.Prefetch, 0, StartedModelCall: true));
        }
    }

    public async Task<CodeCompletion> Complete(CodeDocument document, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp(); // the admission's call counts within the deadline
        await AdmitAsync();
        var context = Remember(document);
        CancelOthers(context.Hash);
        if (Lookup(context) is { } hit)
        {
            return Answered(Hit(context, hit, started));
        }

        var (flight, joined) = JoinOrStart(context);
        bool ended;
        try
        {
            ended = await WithinDeadline(flight.Done, started, cancellationToken);
        }
        finally
        {
            flight.RemoveWaiter();
        }

        return Answered(Settle(flight, joined, ended, started));
    }

    public async IAsyncEnumerable<CodeCompletionChunk> Stream(CodeDocument document, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        await AdmitAsync();
        var context = Remember(document);
        CancelOthers(context.Hash);
        if (Lookup(context) is { } hit)
        {
            var cached = Answered(Hit(context, hit, started));
            yield return new CodeCompletionChunk(cached.Completion, cached.Model, null);
            yield return new CodeCompletionChunk(null, null, cached);
            yield break;
        }

        var (flight, joined) = JoinOrStart(context);
        var read = 0;
        var sent = 0;
        var ended = true;
        try
        {
            while (true)
            {
                var changed = flight.Changed;
                if (flight.Length > read)
                {
                    var delta = context.ToFileEndings(flight.TextFrom(read));
                    read = flight.Length;
                    sent += delta.Length;
                    yield return new CodeCompletionChunk(delta, flight.Model, null);
                    continue;
                }

                if (flight.End is not null)
                {
                    break;
                }

                if (!await WithinDeadline(changed, started, cancellationToken))
                {
                    ended = false;
                    break;
                }
            }
        }
        finally
        {
            flight.RemoveWaiter();
        }

        var answer = Answered(Settle(flight, joined, ended, started));
        if (answer.Completion.Length > sent)
        {
            // What the answer holds beyond the streamed deltas (a cached fallback at the deadline).
            yield return new CodeCompletionChunk(answer.Completion[sent..], answer.Model, null);
        }

        yield return new CodeCompletionChunk(null, null, answer);
    }

    public Task<CodeStats> GetState() => GetStats();

    public Task<CodeStats> GetStats() => Task.FromResult(_stats.ToStats());

    public async Task<DateTimeOffset?> ExpireIfIdle()
    {
        var now = idleClock.GetUtcNow();
        if (_flights.Count > 0)
        {
            return now;
        }

        if (_lastUsed is { } last && now - last < quotas.Value.FileIdleTimeout)
        {
            return last;
        }

        await ForgetAsync();
        _admission = null;
        DeactivateOnIdle();
        return null;
    }

    /// <summary>
    /// Once per activation (requests arriving meanwhile share the call): a file expired but not yet swept starts
    /// afresh, and the file is counted against the project's limit; a new one beyond it is refused.
    /// </summary>
    private Task AdmitAsync()
    {
        if (_admission is null || _admission.IsFaulted || _admission.IsCanceled)
        {
            _admission = AdmitOnceAsync();
        }

        return _admission;
    }

    private async Task AdmitOnceAsync()
    {
        if (_lastUsed is { } last && idleClock.GetUtcNow() - last >= quotas.Value.FileIdleTimeout)
        {
            await ForgetAsync();
        }

        var isNew = !state.RecordExists && _lastUsed is null;
        await GrainFactory.GetGrain<IProjectQuotaGrain>(_projectId).Admit(OpenKind.File, this.GetPrimaryKeyString(), isNew);
    }

    /// <summary>Drops everything the file held, in memory and in storage, after any write under way.</summary>
    private async Task ForgetAsync()
    {
        await _persisted.FlushAsync();
        _persisted.Discard();
        _cache = new CompletionCache(_options.Cache ? _options.CacheCapacity : 0, _options.MaxTypeAhead);
        _stats = new CompletionStatistics();
        _persistedPath = null;
        _latest = null;
        _lastUsed = null;
        await state.ClearStateAsync();
    }

    private CodeContext Remember(CodeDocument document)
    {
        _latest = document;
        _lastUsed = idleClock.GetUtcNow();
        return _window.Build(document.Content, document.Cursor, CodeLanguage.Of(document));
    }

    /// <summary>The user moved on: every call for another context is stale. Its waiters are answered at once.</summary>
    private void CancelOthers(string hash)
    {
        foreach (var (key, flight) in _flights.Where(f => f.Key != hash).ToList())
        {
            _flights.Remove(key);
            flight.Cancel(FlightEnd.Superseded);
        }
    }

    private CacheMatch? Lookup(CodeContext context) => _options.Cache ? _cache.Find(context) : null;

    /// <summary>One model call per context: a request for a context already in flight waits for that call.</summary>
    private (CompletionFlight Flight, bool Joined) JoinOrStart(CodeContext context)
    {
        var joined = _flights.TryGetValue(context.Hash, out var flight) && flight.End is null or { Status: FlightStatus.Completed };
        if (!joined)
        {
            flight = Start(context);
        }

        flight!.AddWaiter(Timeout, clock);
        return (flight, joined);
    }

    private CompletionFlight Start(CodeContext context)
    {
        var flight = new CompletionFlight(context, _options.Model);
        _flights[context.Hash] = flight;
        var request = CompletionPrompt.For(_projectId, _latest!.Path, context, _options.Model, _options.MaxOutputTokens);
        _ = RunAsync(flight, request);
        return flight;
    }

    private async Task RunAsync(CompletionFlight flight, ChatRequest request)
    {
        await calls.RunAsync(flight, request, _options.Streaming);
        if (_flights.TryGetValue(flight.Context.Hash, out var current) && ReferenceEquals(current, flight))
        {
            _flights.Remove(flight.Context.Hash);
        }

        if (flight.End?.Status == FlightStatus.Completed && _options.Cache)
        {
            _cache.Add(flight.Context, flight.Text, flight.Model);
            _persisted.Changed();
        }
    }

    /// <summary>True when <paramref name="task"/> completed before the request's hard deadline.</summary>
    private async Task<bool> WithinDeadline(Task task, long started, CancellationToken cancellationToken)
    {
        if (task.IsCompleted)
        {
            return true;
        }

        if (Timeout is not { } timeout)
        {
            await task.WaitAsync(cancellationToken);
            return true;
        }

        var remaining = timeout - clock.GetElapsedTime(started);
        if (remaining <= TimeSpan.Zero)
        {
            return false;
        }

        try
        {
            await task.WaitAsync(remaining, clock, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private (CodeCompletion, CompletionOutcome, bool) Hit(CodeContext context, CacheMatch hit, long started)
    {
        var latency = ElapsedMs(started);
        spend.Record(new SpendRecord(clock.GetUtcNow(), _projectId, null, hit.Model, null, 0, 0, 0m, CacheHit: true, Fallback: false, latency, null, "cache_hit"));
        return (new CodeCompletion(context.ToFileEndings(hit.Completion), true, false, false, hit.Model, latency, "stop"), CompletionOutcome.Hit, false);
    }

    /// <summary>The answer once the flight ended or the deadline passed, whichever came first.</summary>
    private (CodeCompletion, CompletionOutcome, bool) Settle(CompletionFlight flight, bool joined, bool ended, long started)
    {
        var context = flight.Context;
        var latency = ElapsedMs(started);
        var end = ended ? flight.End! : null;
        switch (end?.Status)
        {
            case FlightStatus.Completed:
                return (new CodeCompletion(context.ToFileEndings(flight.Text), false, false, false, flight.Model, latency, end.FinishReason ?? "stop"),
                    joined ? CompletionOutcome.Joined : CompletionOutcome.Miss, !joined);
            case FlightStatus.Superseded:
                return (new CodeCompletion(context.ToFileEndings(flight.Text), false, false, true, flight.Model, latency, "cancelled"),
                    CompletionOutcome.Cancelled, !joined);
            case FlightStatus.Failed:
                return (new CodeCompletion("", false, false, false, flight.Model, latency, "error", end.Error), CompletionOutcome.Error, !joined);
        }

        // The deadline passed. Nobody else waiting → stop the call now rather than let it run on unseen.
        if (flight.Waiters == 0)
        {
            flight.Cancel(FlightEnd.TimedOut);
        }

        var partial = flight.Text;
        var fallback = partial.Length == 0 ? Lookup(context) : null;
        return (new CodeCompletion(context.ToFileEndings(fallback?.Completion ?? partial), fallback is not null, true, false,
            fallback?.Model ?? flight.Model, latency, "timeout"), CompletionOutcome.Timeout, !joined);
    }

    private CodeCompletion Answered((CodeCompletion Answer, CompletionOutcome Outcome, bool StartedModelCall) reply)
    {
        Report(new CompletionSample(reply.Outcome, reply.Answer.LatencyMs, reply.StartedModelCall));
        return reply.Answer;
    }

    private void Report(CompletionSample sample)
    {
        _stats.Apply(sample);
        _persisted.Changed();
        metrics.Record(sample);
        _ = GrainFactory.GetGrain<ICodeStatsGrain>(_projectId).Record(sample);
    }

    private double ElapsedMs(long started) => Math.Round(clock.GetElapsedTime(started).TotalMilliseconds, 1);

    private CompletionState Snapshot() => new()
    {
        Path = _latest?.Path ?? _persistedPath,
        LastUsedAt = _lastUsed,
        Stats = _stats.Copy(),
        Entries = [.. _cache.MostRecent(_options.PersistedEntries)],
    };
}
