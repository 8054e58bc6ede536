using LlmActors.Quotas;

namespace LlmActors.Responses;

/// <summary>
/// One stored response of the Responses API (key: <c>{projectId}/{responseId}</c>, see <see cref="ResponseKeys"/>):
/// the response as it was answered and the input items of its turn, so a later request naming it as
/// <c>previous_response_id</c> can rebuild the conversation. A response older than its retention is forgotten when
/// next touched (and by the project's quota grain's sweeps); being keyed by project, another project never reaches it.
/// </summary>
public interface IResponseGrain : IExpiring
{
    /// <summary>Keeps the response (written before this returns, so a follow-up that names it finds it).</summary>
    Task Store(StoredResponse response);

    /// <summary>The stored response, or null when there is none (never stored, deleted, expired, evicted).</summary>
    Task<StoredResponse?> Get();

    /// <summary>Forgets the response; false when there was none.</summary>
    Task<bool> Delete();

    /// <summary>Forgets the response because its project holds too many (the quota grain evicts the oldest).</summary>
    Task Forget();
}
