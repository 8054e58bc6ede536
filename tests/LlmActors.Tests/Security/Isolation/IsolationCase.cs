namespace LlmActors.Tests.Security.Isolation;

/// <summary>
/// One check that project A cannot read or change something of project B. <paramref name="Routes"/> names the
/// routes (from ApiRoutes) it needs: until they are all mapped the case only checks they answer 404.
/// </summary>
public sealed record IsolationCase(string Name, IReadOnlyList<string> Routes, Func<Tenants, Task> Check)
{
    public override string ToString() => Name;
}
