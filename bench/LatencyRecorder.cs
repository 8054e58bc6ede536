using HdrHistogram;

namespace LlmActors.Bench;

/// <summary>Thread-safe latency histogram in microseconds, 1 µs to 60 s, 3 significant digits.</summary>
public sealed class LatencyRecorder
{
    private readonly Recorder _recorder = HistogramFactory.With64BitBucketSize().WithValuesFrom(1).WithValuesUpTo(60_000_000).WithPrecisionOf(3).WithThreadSafeWrites().WithThreadSafeReads().Create();
    private HistogramBase? _snapshot;
    private long _errors;

    public long Errors => Interlocked.Read(ref _errors);

    public void Record(TimeSpan elapsed) => _recorder.RecordValue(Math.Max(1, (long)elapsed.TotalMicroseconds));

    public void Error() => Interlocked.Increment(ref _errors);

    public HistogramBase Snapshot() => _snapshot ??= _recorder.GetIntervalHistogram();

    public double PercentileMs(double percentile) => Snapshot().GetValueAtPercentile(percentile) / 1000.0;

    public long Count => Snapshot().TotalCount;
}
