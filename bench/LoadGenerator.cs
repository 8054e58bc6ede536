namespace LlmActors.Bench;

/// <summary>
/// Open loop (a fixed arrival rate, latency measured from each request's scheduled start so a stall is not
/// hidden by coordinated omission) and closed loop (a fixed number of callers, each sending as soon as its
/// last answer arrived: saturation throughput).
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> OpenLoopAsync(string name, Func<CancellationToken, Task<bool>> send, int ratePerSecond, TimeSpan duration, TimeSpan warmup)
    {
        await OpenLoopCoreAsync(send, ratePerSecond, warmup, new LatencyRecorder());
        var recorder = new LatencyRecorder();
        var elapsed = await OpenLoopCoreAsync(send, ratePerSecond, duration, recorder);
        return LoadResult.From(name, recorder, elapsed);
    }

    public static async Task<LoadResult> ClosedLoopAsync(string name, Func<CancellationToken, Task<bool>> send, int concurrency, TimeSpan duration, TimeSpan warmup)
    {
        await ClosedLoopCoreAsync(send, concurrency, warmup, new LatencyRecorder());
        var recorder = new LatencyRecorder();
        var elapsed = await ClosedLoopCoreAsync(send, concurrency, duration, recorder);
        return LoadResult.From(name, recorder, elapsed);
    }

    private static async Task<TimeSpan> OpenLoopCoreAsync(Func<CancellationToken, Task<bool>> send, int rate, TimeSpan duration, LatencyRecorder recorder)
    {
        var total = (long)(rate * duration.TotalSeconds);
        var interval = Stopwatch.Frequency / (double)rate;
        var inFlight = new List<Task>((int)Math.Min(total, 1_000_000));
        var start = Stopwatch.GetTimestamp();
        // A dedicated thread paces the arrivals: Task.Delay's timer granularity (~1 ms and worse under load)
        // would start requests late and charge that lateness to the system under test.
        var pacer = new Thread(() =>
        {
            for (long i = 0; i < total; i++)
            {
                var scheduled = start + (long)(i * interval);
                while (true)
                {
                    var remaining = scheduled - Stopwatch.GetTimestamp();
                    if (remaining <= 0)
                    {
                        break;
                    }

                    if (remaining > Stopwatch.Frequency / 500)
                    {
                        Thread.Sleep(1);
                    }
                    else
                    {
                        Thread.SpinWait(50);
                    }
                }

                inFlight.Add(Measure(send, scheduled, recorder));
            }
        })
        { IsBackground = true, Priority = ThreadPriority.AboveNormal, Name = "pacer" };
        pacer.Start();
        await Task.Run(pacer.Join);
        await Task.WhenAll(inFlight);
        return Stopwatch.GetElapsedTime(start);
    }

    private static async Task<TimeSpan> ClosedLoopCoreAsync(Func<CancellationToken, Task<bool>> send, int concurrency, TimeSpan duration, LatencyRecorder recorder)
    {
        using var stop = new CancellationTokenSource(duration);
        var start = Stopwatch.GetTimestamp();
        var callers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Measure(send, Stopwatch.GetTimestamp(), recorder);
            }
        });
        await Task.WhenAll(callers);
        return Stopwatch.GetElapsedTime(start);
    }

    private static async Task Measure(Func<CancellationToken, Task<bool>> send, long scheduled, LatencyRecorder recorder)
    {
        await Task.Yield();
        try
        {
            if (await send(CancellationToken.None))
            {
                recorder.Record(Stopwatch.GetElapsedTime(scheduled));
            }
            else
            {
                recorder.Error();
            }
        }
        catch (Exception)
        {
            recorder.Error();
        }
    }
}
