using System.Diagnostics;

namespace LlmActors.ModelSim.Chat;

/// <summary><c>POST /v1/chat/completions</c>, whole and streamed, paced by the model's profile and subject to its fault.</summary>
internal sealed class ChatEndpoint(ModelSimulator simulator)
{
    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var body = await JsonBody.ReadAsync(context, simulator.MaxRequestBytes, SimJsonContext.Default.ChatCompletionBody);
        var request = ChatRequestParser.Parse(body, simulator.Catalog);

        var fault = simulator.Admit(request.Model);
        var answer = ChatComposer.Compose(request, simulator.PromptCache);
        var plan = LatencyPlan.For(request.Model, simulator.Catalog.LatencyScale, fault);
        if (request.Stream)
        {
            await ChatStreamer.StreamAsync(context, request, answer, plan, fault.Mode == FaultMode.Cut, started);
        }
        else if (await ModelSimulator.WaitForCompletionAsync(context, plan, fault, answer.LongestTokens, started))
        {
            await ChatCompletionWriter.WriteAsync(context.Response, request, answer);
        }
    }
}
