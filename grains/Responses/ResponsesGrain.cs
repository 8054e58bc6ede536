using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LlmActors.Chat;
using LlmActors.Grains.Chat;
using LlmActors.Grains.Models;
using LlmActors.Grains.Translation;
using LlmActors.Quotas;
using LlmActors.Responses;
using Orleans.Concurrency;
using Orleans.Placement;

namespace LlmActors.Grains.Responses;

/// <summary>
/// A worker like the chat grain (reentrant, many keys, placed on the gateway silo), for the Responses door: the state
/// lives in the stored responses' own grains, which it reads and writes around the shared chat path.
/// </summary>
[Reentrant]
[CollectionAgeLimit(Minutes = 3)]
[PreferLocalPlacement]
public sealed class ResponsesGrain(ChatInvoker invoker, ChatStreamer streamer, ConversationChain chain) : Grain, IResponsesGrain
{
    private readonly RunningRequests _running = new();

    public async Task<ChatResult> Create(ResponsesCall call, CancellationToken cancellationToken)
    {
        using var running = _running.Add(call.Request.RequestId);
        var (request, input, error) = await PrepareAsync(call);
        if (error is not null)
        {
            return ChatResult.Failed(error);
        }

        var result = await invoker.CompleteAsync(request!, tier: null, cancellationToken);
        if (result is not { Error: null, Usage: { } usage, Body: { } body })
        {
            return result;
        }

        var response = ResponseFields.Whole(body, call, usage);
        await KeepAsync(call, input, response);
        return result with { Body = Nodes.Bytes(response) };
    }

    public async IAsyncEnumerable<ChatStreamItem> Stream(ResponsesCall call, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var running = _running.Add(call.Request.RequestId);
        var (request, input, error) = await PrepareAsync(call);
        if (error is not null)
        {
            yield return new ChatStreamItem(null, null, null, error);
            yield break;
        }

        JsonObject? snapshot = null;
        var sequence = 0;
        await foreach (var item in streamer.StreamAsync(request!, tier: null, cancellationToken))
        {
            if (item.Error is { } failed && snapshot is not null)
            {
                // Cut after it started: say so in the API's own terms before the stream ends.
                yield return item with { Error = null, Chunk = Failed(snapshot, failed, sequence) };
                yield return item;
                yield break;
            }

            if (item.Chunk is not { } chunk)
            {
                yield return item.ForClient();
                continue;
            }

            var (data, response) = ResponseFields.Event(chunk, call);
            sequence = Math.Max(sequence, SequenceOf(data) + 1);
            snapshot = response ?? snapshot;
            if (response is not null && JsonSplice.GetString(data, "type"u8) is "response.completed" or "response.incomplete")
            {
                // Kept before the client sees the end, so a follow-up naming this response finds it.
                await KeepAsync(call, input, response);
            }

            yield return item.ForClient() with { Chunk = data };
        }
    }

    public Task<string[]> Missing(string[] requestIds) => Task.FromResult(_running.Missing(requestIds));

    private async Task<(ChatRequest? Request, string[] Input, CallError? Error)> PrepareAsync(ResponsesCall call)
    {
        var (turns, error) = await chain.LoadAsync(call.Request.ProjectId, call.PreviousResponseId);
        if (error is not null)
        {
            return (null, [], error);
        }

        var (body, input) = ResponsesBody.Expand(call.Request.Body!, turns);
        var request = call.Request with { Body = body, Messages = ResponsesText.Of(Nodes.Request(body)) };
        return (request, input, null);
    }

    private async Task KeepAsync(ResponsesCall call, string[] input, JsonObject response)
    {
        if (!call.Store)
        {
            return;
        }

        var project = call.Request.ProjectId;
        await GrainFactory.GetGrain<IProjectQuotaGrain>(project).Admit(OpenKind.Response, call.ResponseId, isNew: true);
        await GrainFactory.Response(project, call.ResponseId).Store(new StoredResponse(
            System.Text.Encoding.UTF8.GetString(Nodes.Bytes(response)), input, call.PreviousResponseId, DateTimeOffset.FromUnixTimeSeconds(call.CreatedAt)));
    }

    private static byte[] Failed(JsonObject snapshot, CallError error, int sequence)
    {
        var response = (JsonObject)snapshot.DeepClone();
        response["status"] = "failed";
        response["error"] = new JsonObject { ["code"] = "server_error", ["message"] = error.Message };
        return Nodes.Bytes(new JsonObject { ["type"] = "response.failed", ["sequence_number"] = sequence, ["response"] = response });
    }

    private static int SequenceOf(byte[] data) =>
        JsonSplice.FindValue(data, "sequence_number"u8) is var (start, end)
        && int.TryParse(data.AsSpan(start, end - start), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
}
