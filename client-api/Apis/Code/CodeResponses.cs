using LlmActors.Code;

namespace LlmActors.Api.Apis.Code;

/// <summary>The JSON answer of <c>POST /v1/code/completions</c> (also the final SSE event).</summary>
public sealed record CompletionResponse(
    string Completion, bool Cached, bool TimedOut, bool Cancelled, string Model, double LatencyMs, string FinishReason)
{
    public static CompletionResponse From(CodeCompletion answer) =>
        new(answer.Completion, answer.Cached, answer.TimedOut, answer.Cancelled, answer.Model, answer.LatencyMs, answer.FinishReason);
}
