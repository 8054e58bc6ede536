using System.Collections.Concurrent;
using LlmActors.Chat;

namespace LlmActors.Api.Hosting;

/// <summary>
/// The model calls this API host is waiting on, and a watch over them. A model call outlives the default response
/// timeout, so a call whose silo was killed would otherwise hang until the long timeout of its grain method. Each
/// probe asks every grain holding calls older than <see cref="InFlightCallOptions.MinimumAge"/> which of them it no
/// longer holds (<see cref="IRequestHolder.Missing"/>): a grain that came back on another silo holds none, and its
/// calls are cancelled at once (<see cref="Lease.Lost"/> says so), so the caller retries or answers 503 in seconds.
/// A probe also runs as soon as a gateway connection drops. Only cluster mode watches; embedded, a lease is just the
/// request's own cancellation.
/// </summary>
public sealed class InFlightCalls(IOptions<InFlightCallOptions> options, ILogger<InFlightCalls> logger, bool watching = true)
    : BackgroundService, IClusterConnectionStatusObserver
{
    private readonly ConcurrentDictionary<long, Entry> _calls = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private long _next;

    public bool Watching => watching;

    public int Count => _calls.Count;

    /// <summary>Starts watching one call; dispose the lease when the call returns.</summary>
    public Lease Track(IRequestHolder holder, string requestId, CancellationToken requestAborted)
    {
        if (!watching)
        {
            return new Lease(null, null, requestAborted);
        }

        var id = Interlocked.Increment(ref _next);
        var entry = new Entry(holder, requestId, Environment.TickCount64, CancellationTokenSource.CreateLinkedTokenSource(requestAborted));
        _calls[id] = entry;
        return new Lease(this, entry, entry.Cancellation.Token, id);
    }

    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered)
    {
        if (currentNumberOfGateways < previousNumberOfGateways && _wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // A probe is already due.
            }
        }
    }

    public void NotifyClusterConnectionLost()
    {
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!watching)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await _wake.WaitAsync(options.Value.ProbeInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            try
            {
                await ProbeAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Checking calls in flight failed");
            }
        }
    }

    /// <summary>One round: each grain holding old enough calls is asked about all of them at once.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var oldest = Environment.TickCount64 - (long)settings.MinimumAge.TotalMilliseconds;
        var groups = _calls.Where(c => c.Value.StartedAt <= oldest && !c.Value.Cancellation.IsCancellationRequested)
            .GroupBy(c => c.Value.Holder.GetGrainId());
        await Task.WhenAll(groups.Select(group => ProbeAsync([.. group], settings.ProbeTimeout, cancellationToken)));
    }

    private async Task ProbeAsync(KeyValuePair<long, Entry>[] calls, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var holder = calls[0].Value.Holder;
        string[] missing;
        try
        {
            missing = await holder.Missing([.. calls.Select(c => c.Value.RequestId)]).WaitAsync(timeout, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // No answer in time (the silo is dying and not yet declared dead, or busy): only a definite answer gives a
            // call up, and the grain gives one as soon as it is back elsewhere. The next round asks again.
            logger.LogInformation("Grain {Grain} did not answer a check of its calls ({Reason})", holder.GetGrainId(), e.GetType().Name);
            return;
        }

        foreach (var (id, entry) in calls)
        {
            if (missing.Contains(entry.RequestId) && _calls.ContainsKey(id))
            {
                logger.LogWarning("Call {RequestId} was lost with its silo; giving it up", entry.RequestId);
                entry.Lost = true;
                entry.Cancellation.Cancel();
            }
        }
    }

    private void Forget(long id)
    {
        if (_calls.TryRemove(id, out var entry))
        {
            entry.Cancellation.Dispose();
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    internal sealed class Entry(IRequestHolder holder, string requestId, long startedAt, CancellationTokenSource cancellation)
    {
        public IRequestHolder Holder { get; } = holder;
        public string RequestId { get; } = requestId;
        public long StartedAt { get; } = startedAt;
        public CancellationTokenSource Cancellation { get; } = cancellation;
        public volatile bool Lost;
    }

    /// <summary>One watched call: pass <see cref="Token"/> to the grain call; <see cref="Lost"/> after a cancellation says why.</summary>
    public readonly struct Lease : IDisposable
    {
        private readonly InFlightCalls? _owner;
        private readonly Entry? _entry;
        private readonly long _id;

        internal Lease(InFlightCalls? owner, Entry? entry, CancellationToken token, long id = 0)
        {
            _owner = owner;
            _entry = entry;
            _id = id;
            Token = token;
        }

        public CancellationToken Token { get; }

        public bool Lost => _entry?.Lost == true;

        public void Dispose() => _owner?.Forget(_id);
    }
}
