using System.Collections.Concurrent;
using System.Diagnostics;

namespace LlmActors.IntegrationTests.Reliability;

/// <summary>
/// Steady open-loop load until stopped: a new request every <c>interval</c> whether or not earlier ones have
/// answered (up to <c>maxInFlight</c>), so requests stuck on a dead silo cannot hide how quickly new ones are
/// served again. Keeps every attempt so a test can ask what clients saw around a fault.
/// </summary>
public sealed class LoadRun : IAsyncDisposable
{
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly ConcurrentDictionary<int, Task> _inFlight = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _ticker;

    public LoadRun(TimeSpan interval, int maxInFlight, Func<int, Func<TimeSpan>, CancellationToken, Task<Attempt>> operation)
    {
        _ticker = Task.Run(() => Tick(interval, maxInFlight, operation));
    }

    /// <summary>Time since the run began, the clock every attempt is stamped with.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public IReadOnlyList<Attempt> Attempts => [.. _attempts];

    /// <summary>Sends skipped because <c>maxInFlight</c> requests were already waiting.</summary>
    public int Skipped { get; private set; }

    public int SucceededSince(TimeSpan since) => _attempts.Count(a => a.Succeeded && a.Started >= since);

    /// <summary>Waits until <paramref name="count"/> requests that started after <paramref name="since"/> have succeeded.</summary>
    public Task<TimeSpan> WaitForSuccessesAsync(int count, TimeSpan since, TimeSpan timeout, string what) =>
        Eventually.Until(what, timeout, () => Task.FromResult(SucceededSince(since) >= count),
            () => string.Join('\n', _attempts.Where(a => a.Started >= since).TakeLast(20)));

    /// <summary>Stops sending and waits for the requests still in flight to finish (each has its own timeout).</summary>
    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        await _ticker;
        await Task.WhenAll(_inFlight.Values);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task Tick(TimeSpan interval, int maxInFlight, Func<int, Func<TimeSpan>, CancellationToken, Task<Attempt>> operation)
    {
        using var timer = new PeriodicTimer(interval);
        var sequence = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                if (_inFlight.Count >= maxInFlight)
                {
                    Skipped++;
                    continue;
                }

                var id = sequence++;
                _inFlight[id] = Task.Run(async () =>
                {
                    // In-flight requests run to their own end (or timeout) even after Stop: a test wants their outcome.
                    _attempts.Enqueue(await operation(id, () => _clock.Elapsed, CancellationToken.None));
                    _inFlight.TryRemove(id, out _);
                });
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }
}
