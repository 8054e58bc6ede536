namespace LlmActors.Budgets;

/// <summary>
/// Budget grain keys: a project budget is keyed by the project id; a user budget by
/// <c>{projectId}/{userId}</c>. Project ids never contain '/', so everything after the first '/' is the
/// user id, whatever characters the caller's <c>user</c> field holds.
/// </summary>
public static class BudgetKeys
{
    public const char Separator = '/';

    public static string Project(string projectId) => projectId;

    public static string User(string projectId, string userId) => projectId + Separator + userId;

    public static (string ProjectId, string? UserId) Parse(string key)
    {
        var at = key.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (key, null) : (key[..at], key[(at + 1)..]);
    }
}
