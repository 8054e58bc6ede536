using Orleans.Concurrency;

namespace LlmActors.Chat;

/// <summary>
/// A grain that runs model calls for API hosts. A model call outlives the default response timeout, so an API host
/// waiting on one cannot tell a slow call from one whose silo died; it asks the grain which of its requests it still
/// holds. A grain whose silo died comes back as a new activation that holds none of them.
/// </summary>
public interface IRequestHolder : IAddressable
{
    /// <summary>The ids among <paramref name="requestIds"/> this activation does not hold (never received, or finished).</summary>
    [AlwaysInterleave]
    Task<string[]> Missing(string[] requestIds);
}
