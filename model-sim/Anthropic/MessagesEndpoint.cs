using System.Diagnostics;
using LlmActors.ModelSim.Chat;
using LlmActors.ModelSim.Streaming;

namespace LlmActors.ModelSim.Anthropic;

/// <summary>
/// <c>POST /v1/messages</c>, Anthropic's Messages API, whole and streamed, answered by the chat route's generator and
/// paced and faulted like it. Any key is accepted (<c>x-api-key</c> or bearer); <c>anthropic-version</c> is not checked.
/// </summary>
internal sealed class MessagesEndpoint(ModelSimulator simulator)
{
    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var body = await JsonBody.ReadAsync(context, simulator.MaxRequestBytes, SimJsonContext.Default.MessagesBody);
        var (request, cacheMarked) = MessagesRequestParser.Parse(body, simulator.Catalog);
        var fault = simulator.Admit(request.Model);
        var answer = ChatComposer.Compose(request, simulator.PromptCache);
        var plan = LatencyPlan.For(request.Model, simulator.Catalog.LatencyScale, fault);
        var id = ResponseIds.New("msg_");
        if (request.Stream)
        {
            var events = AnthropicEvents.For(id, request, answer, cacheMarked);
            await SseStream.WriteAsync(context, events, null, SimJsonContext.Default.AnthropicEvent, plan, fault.Mode == FaultMode.Cut, started,
                eventName: e => e.Type, done: false);
        }
        else if (await ModelSimulator.WaitForCompletionAsync(context, plan, fault, answer.LongestTokens, started))
        {
            await JsonResponse.WriteAsync(context.Response, AnthropicAnswers.Message(id, request, answer, cacheMarked, whole: true), SimJsonContext.Default.AnthropicMessageResult);
        }
    }

    /// <summary>Errors on this route in Anthropic's shape, with its type names.</summary>
    public static Task WriteErrorAsync(HttpResponse response, SimError error)
    {
        ErrorWriter.RetryHeaders(response, error);
        return JsonResponse.WriteAsync(response, new AnthropicErrorResult("error", new AnthropicErrorDetail(ErrorType(error.Status), error.Message)),
            SimJsonContext.Default.AnthropicErrorResult, error.Status);
    }

    private static string ErrorType(int status) => status switch
    {
        400 => "invalid_request_error",
        401 => "authentication_error",
        404 => "not_found_error",
        413 => "request_too_large",
        429 => "rate_limit_error",
        503 or 529 => "overloaded_error",
        _ => "api_error",
    };
}
