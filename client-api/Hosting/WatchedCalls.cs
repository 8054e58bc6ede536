using System.Runtime.CompilerServices;
using LlmActors.Chat;

namespace LlmActors.Api.Hosting;

/// <summary>Model calls made under an <see cref="InFlightCalls"/> lease: a call lost with its silo is retried once, elsewhere.</summary>
public static class WatchedCalls
{
    /// <summary>
    /// A whole answer. A call given up because its grain no longer holds it (its silo died) is sent once more, to a
    /// fresh grain under the same request id, so its budget reservation is reused. If the lost call had already been
    /// charged (its answer was lost after the commit), the budget refuses that id as a duplicate: then it is sent once
    /// more under a new id — the client gets an answer, and the model call that was lost is charged as it was made.
    /// </summary>
    public static async Task<T> CallAsync<T>(this InFlightCalls calls, Func<IRequestHolder> grain, string requestId,
        Func<IRequestHolder, string, CancellationToken, Task<T>> call, Func<T, CallError?> errorOf, CancellationToken requestAborted)
    {
        var id = requestId;
        var lost = false;
        for (var attempt = 1; ; attempt++)
        {
            var holder = grain();
            using var lease = calls.Track(holder, id, requestAborted);
            try
            {
                var result = await call(holder, id, lease.Token);
                if (lost && errorOf(result) is { Status: CallStatus.Duplicate } && id == requestId)
                {
                    id = requestId + ":retry";
                    continue;
                }

                return result;
            }
            catch (OperationCanceledException) when (lease.Lost && attempt == 1 && !requestAborted.IsCancellationRequested)
            {
                // Retried on another grain id (and so, likely, another silo).
                lost = true;
            }
            catch (OperationCanceledException) when (lease.Lost && !requestAborted.IsCancellationRequested)
            {
                throw new SiloUnavailableException($"The silo serving request {requestId} went away, twice.");
            }
        }
    }

    /// <summary>A stream, watched for as long as it is read.</summary>
    public static async IAsyncEnumerable<ChatStreamItem> StreamAsync(this InFlightCalls calls, IRequestHolder holder, string requestId,
        Func<CancellationToken, IAsyncEnumerable<ChatStreamItem>> stream, [EnumeratorCancellation] CancellationToken requestAborted)
    {
        using var lease = calls.Track(holder, requestId, requestAborted);
        await foreach (var item in stream(lease.Token).WithCancellation(lease.Token))
        {
            yield return item;
        }
    }
}
