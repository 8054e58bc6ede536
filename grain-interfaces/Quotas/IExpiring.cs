namespace LlmActors.Quotas;

/// <summary>A grain whose state the project's <see cref="IProjectQuotaGrain"/> expires when it has been idle long enough.</summary>
public interface IExpiring : IGrainWithStringKey
{
    /// <summary>
    /// Clears the grain's state if it has been idle for its kind's idle timeout and returns null; otherwise (in use,
    /// or used since) returns when it was last used, for the quota grain to ask again after that much more.
    /// </summary>
    Task<DateTimeOffset?> ExpireIfIdle();
}
