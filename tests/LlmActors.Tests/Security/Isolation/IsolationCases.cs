namespace LlmActors.Tests.Security.Isolation;

/// <summary>The table of tenant-isolation checks; a feature that lands adds its rows here.</summary>
public static class IsolationCases
{
    public static IReadOnlyList<IsolationCase> All { get; } =
        [.. KeyIsolation.Cases, .. BudgetIsolation.Cases, .. SupportIsolation.Cases, .. PendingIsolation.Cases, .. ResponsesIsolation.Cases];

    public static IsolationCase Named(string name) => All.Single(c => c.Name == name);
}
