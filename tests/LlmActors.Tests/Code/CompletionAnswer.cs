namespace LlmActors.Tests.Code;

/// <summary>The JSON answer of <c>POST /v1/code/completions</c> (and the final SSE event).</summary>
public sealed record CompletionAnswer(string Completion, bool Cached, bool TimedOut, bool Cancelled, string Model, double LatencyMs, string FinishReason);
