namespace LlmActors.Bench.Code;

/// <summary>
/// One completion request as the editor saw it: total latency, time to the first text (the whole latency for a
/// non-streamed answer, or when the answer is empty), and how the gateway answered.
/// </summary>
public sealed record AskResult(double LatencyMs, double TtftMs, bool Cached, bool TimedOut, bool Cancelled, bool Failed);
