using System.Diagnostics;

namespace LlmActors.ModelSim.Chat;

/// <summary><c>POST /v1/chat/completions</c>, whole and streamed, paced by the model's profile and subject to its fault.</summary>
internal sealed class ChatEndpoint(ModelSimulator simulator)
{
    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var aborted = context.RequestAborted;
        var body = await JsonBody.ReadAsync(context, simulator.MaxRequestBytes, SimJsonContext.Default.ChatCompletionBody);
        var request = ChatRequestParser.Parse(body, simulator.Catalog);

        var fault = simulator.Faults.For(request.Model.Name);
        if (fault.Mode == FaultMode.Down)
        {
            throw SimError.ModelDown(request.Model.Name);
        }

        var answer = ChatComposer.Compose(request, simulator.PromptCache);
        var plan = LatencyPlan.For(request.Model, simulator.Catalog.LatencyScale, fault);
        if (request.Stream)
        {
            await ChatStreamer.StreamAsync(context, request, answer, plan, fault.Mode == FaultMode.Cut, started);
            return;
        }

        if (fault.Mode == FaultMode.Cut)
        {
            // A whole answer that is cut never arrives: the connection drops where the first token would have been.
            await Delay.Until(started, plan.FirstTokenMs, aborted);
            context.Abort();
            return;
        }

        await Delay.Until(started, plan.CompleteMs(answer.LongestTokens), aborted);
        await ChatCompletionWriter.WriteAsync(context.Response, request, answer);
    }
}
