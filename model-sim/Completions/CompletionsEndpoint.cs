using System.Diagnostics;

namespace LlmActors.ModelSim.Completions;

/// <summary><c>POST /v1/completions</c>, OpenAI's legacy completions (what editor autocomplete plugins speak), whole and streamed.</summary>
internal sealed class CompletionsEndpoint(ModelSimulator simulator)
{
    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var body = await JsonBody.ReadAsync(context, simulator.MaxRequestBytes, SimJsonContext.Default.CompletionBody);
        var request = CompletionRequestParser.Parse(body, simulator.Catalog);
        var fault = simulator.Admit(request.Model);
        var answer = CompletionComposer.Compose(request);
        var plan = LatencyPlan.For(request.Model, simulator.Catalog.LatencyScale, fault);
        var writer = new TextCompletionWriter(request);
        if (request.Stream)
        {
            await writer.StreamAsync(context, answer, plan, fault.Mode == FaultMode.Cut, started);
        }
        else if (await ModelSimulator.WaitForCompletionAsync(context, plan, fault, answer.LongestTokens, started))
        {
            await writer.WriteAsync(context.Response, answer);
        }
    }
}
