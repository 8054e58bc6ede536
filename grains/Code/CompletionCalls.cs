using LlmActors.Chat;
using LlmActors.Grains.Models;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Code;

/// <summary>
/// Runs a flight's model call through the shared model layer (budget reservation, fallback, usage commit)
/// and feeds the flight. A cancelled stream is read to its terminal item, never abandoned, because that is
/// where the model layer charges what the cancelled call used and settles the reservation.
/// </summary>
public sealed class CompletionCalls(ChatInvoker invoker, ChatStreamer streamer, IOptions<CodeCompletionOptions> options, ILogger<CompletionCalls> logger)
{
    /// <summary>Never throws: every way the call ends becomes the flight's end.</summary>
    public async Task RunAsync(CompletionFlight flight, ChatRequest request, bool streaming)
    {
        try
        {
            if (streaming)
            {
                await StreamAsync(flight, request);
            }
            else
            {
                var result = await invoker.CompleteAsync(request, tier: null, flight.Token);
                if (result is { Error: null, Usage: { } usage })
                {
                    flight.Append(result.Content ?? "", usage.Model);
                    flight.Finish(FlightEnd.Completed(result.FinishReason));
                }
                else
                {
                    flight.Finish(Ended(flight, result.Error));
                }
            }
        }
        catch (OperationCanceledException) when (flight.Token.IsCancellationRequested)
        {
            flight.Finish(FlightEnd.TimedOut);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Code completion call failed");
            flight.Finish(FlightEnd.Failed(new CallError(CallStatus.Unavailable, "The completion model failed.")));
        }

        // However the call ended, nobody may wait past this point.
        flight.Finish(FlightEnd.Failed(new CallError(CallStatus.Unavailable, "The completion model's stream ended without an answer.")));
    }

    private async Task StreamAsync(CompletionFlight flight, ChatRequest request)
    {
        var firstToken = options.Value.FirstTokenTimeout is { Ticks: > 0 } limit ? limit : (TimeSpan?)null;
        await foreach (var item in streamer.StreamAsync(request, tier: null, flight.Token, firstToken))
        {
            if (item.Delta is { } delta)
            {
                flight.Append(delta, item.Model);
            }

            if (item.Usage is not null)
            {
                flight.Finish(FlightEnd.Completed(item.FinishReason));
            }
            else if (item.Error is { } error)
            {
                flight.Finish(Ended(flight, error));
            }
        }
    }

    /// <summary>A call that failed because we cancelled it ended by its deadline, not by a model failure.</summary>
    private static FlightEnd Ended(CompletionFlight flight, CallError? error) =>
        flight.Token.IsCancellationRequested
            ? FlightEnd.TimedOut
            : FlightEnd.Failed(error ?? new CallError(CallStatus.Unavailable, "The completion model gave no answer."));
}
