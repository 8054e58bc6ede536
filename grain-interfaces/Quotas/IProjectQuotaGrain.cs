namespace LlmActors.Quotas;

/// <summary>
/// The open files and conversations of one project (key: project id), so that a project cannot hold unbounded
/// state: a new one beyond the limit is refused, and idle ones are expired (told to clear their state) to make
/// room. It calls the file and conversation grains; they call it only at their first use in an activation.
/// </summary>
public interface IProjectQuotaGrain : IGrainWithStringKey
{
    /// <summary>
    /// Counts <paramref name="id"/> as open. A new one (<paramref name="isNew"/>: it holds no state yet) beyond the
    /// project's limit is refused with <see cref="ProjectLimitExceededException"/> once idle ones have been expired;
    /// one that already holds state is always admitted. A new stored response is never refused: the project's
    /// oldest one is forgotten to make room.
    /// </summary>
    Task Admit(OpenKind kind, string id, bool isNew);

    /// <summary>How many of a kind are open.</summary>
    Task<int> Count(OpenKind kind);
}
