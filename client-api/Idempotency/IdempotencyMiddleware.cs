using LlmActors.Api.Auth;
using LlmActors.Api.OpenAi;
using LlmActors.Grains.Idempotency;
using LlmActors.Idempotency;
using Microsoft.AspNetCore.Http.Features;

namespace LlmActors.Api.Idempotency;

/// <summary>
/// Idempotency keys on every model route (<see cref="IdempotentRoutes"/>), after key authentication: the key's grain
/// decides whether this request runs; if it does, the answer is captured on its way to the client and stored for
/// replay when it is whole and 2xx, marked unreplayable when it was streamed or too large, and released on failure
/// so a retry can run. A request without a key passes untouched.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IClusterClient cluster, IOptions<IdempotencyOptions> options, ILogger<IdempotencyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IdempotentRoutes.Covers(context)
            || context.Items[ProjectCaller.ItemKey] is not ProjectCaller caller
            || RequestIds.ClientKey(context.Request.Headers) is not { } key)
        {
            await next(context);
            return;
        }

        if (!Identifiers.IsValid(key.Value))
        {
            await IdempotencyAnswers.InvalidKey(key.Header).ExecuteAsync(context);
            return;
        }

        var fingerprint = await RequestFingerprint.OfAsync(context.Request, context.RequestAborted);
        var grain = cluster.IdempotencyKey(caller.ProjectId, key.Value);
        var claim = await grain.Begin(fingerprint);
        RequestIds.Echo(context, key.Value);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Run:
                await RunAsync(context, grain, claim.Attempt);
                break;
            case IdempotencyOutcome.Replay:
                await IdempotencyAnswers.ReplayAsync(context, claim.Answer!);
                break;
            default:
                await IdempotencyAnswers.Refusal(claim, key.Header).ExecuteAsync(context);
                break;
        }
    }

    private async Task RunAsync(HttpContext context, IIdempotencyGrain grain, Guid attempt)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var capture = new AnswerCapture(original.Stream, context.Response, options.Value.MaxAnswerBytes);
        var captured = new StreamResponseBodyFeature(capture, original);
        context.Features.Set<IHttpResponseBodyFeature>(captured);
        try
        {
            await next(context);
            // Flushes what the handler left in the body's pipe, so the copy is the whole answer.
            await captured.CompleteAsync();
        }
        catch
        {
            context.Features.Set(original);
            await SettleAsync(() => grain.Release(attempt), "release");
            throw;
        }

        context.Features.Set(original);
        var response = context.Response;
        if (response.StatusCode is < 200 or > 299)
        {
            await SettleAsync(() => grain.Release(attempt), "release");
        }
        else if (AnswerCapture.IsEventStream(response.ContentType))
        {
            // A stream cut short (the model failed, or the client left) was not received whole: let a retry run it.
            await SettleAsync(() => context.RequestAborted.IsCancellationRequested
                ? grain.Release(attempt)
                : grain.CompleteUnreplayable(attempt, "The answer to this idempotency key was streamed (text/event-stream); streams are not stored, " +
                    "so it cannot be replayed. Send a new key to run the request again."), "complete");
        }
        else if (capture.Copy is not { } body)
        {
            await SettleAsync(() => grain.CompleteUnreplayable(attempt, $"The answer to this idempotency key was larger than {options.Value.MaxAnswerBytes} bytes, " +
                "the most a key stores, so it cannot be replayed. Send a new key to run the request again."), "complete");
        }
        else
        {
            var headers = response.Headers.Where(h => IdempotencyAnswers.IsKept(h.Key)).Select(h => new StoredHeader(h.Key, h.Value.ToString())).ToArray();
            await SettleAsync(() => grain.Complete(attempt, new StoredAnswer(response.StatusCode, headers, body)), "complete");
        }
    }

    /// <summary>
    /// The answer has been given by now, so a failure here must not turn it into an error; the key then stays in use
    /// until <see cref="IdempotencyOptions.InFlightTimeout"/>, after which a retry may run.
    /// </summary>
    private async Task SettleAsync(Func<Task> settle, string what)
    {
        try
        {
            await settle();
        }
        catch (Exception e)
        {
            logger.LogWarning("Could not {What} an idempotency key ({Reason}); it is held until its in-flight timeout", what, e.Message);
        }
    }
}
