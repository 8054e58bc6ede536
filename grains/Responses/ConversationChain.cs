using LlmActors.Chat;
using LlmActors.Grains.Quotas;
using LlmActors.Responses;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Responses;

/// <summary>
/// The turns a <c>previous_response_id</c> names, oldest first: that response, the one it continued, and so on, as far
/// as <c>Quotas:MaxResponseChain</c> or the first that is gone (deleted, expired, evicted). Only the caller's project
/// is looked in, so another project's id is simply not found.
/// </summary>
public sealed class ConversationChain(IGrainFactory grains, IOptions<QuotaOptions> options)
{
    /// <summary>The turns, or an error when the named response itself is not there.</summary>
    public async Task<(IReadOnlyList<StoredResponse> Turns, CallError? Error)> LoadAsync(string projectId, string? previousResponseId)
    {
        var turns = new List<StoredResponse>();
        for (var id = previousResponseId; id is not null && turns.Count < options.Value.MaxResponseChain;)
        {
            if (await grains.Response(projectId, id).Get() is not { } turn)
            {
                if (turns.Count == 0)
                {
                    return ([], NotFound(id));
                }

                break;
            }

            turns.Add(turn);
            id = turn.PreviousResponseId;
        }

        turns.Reverse();
        return (turns, null);
    }

    public static CallError NotFound(string id) =>
        new(CallStatus.NotFound, $"Previous response with id '{id}' not found.", "previous_response_id", Code: "previous_response_not_found");
}
