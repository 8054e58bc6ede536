using LlmActors.Grains.Caching.Evaluation;

namespace LlmActors.Tests.Caching;

/// <summary>
/// The labelled support intents (a copy of shared/workloads/support-intents.jsonl kept with the tests), and the
/// evaluation sets of other support desks under tests/data/support-cache.
/// </summary>
public static class Workload
{
    public static readonly IReadOnlyList<LabelledQuestion> All = LabelledQuestions.Load(Path.Combine(RepoRoot(), "tests", "LlmActors.Tests", "Caching", "Data", "support-intents.jsonl"));

    /// <summary>A set by name: <c>retail</c> (the intents above) or a file of tests/data/support-cache without its extension.</summary>
    public static IReadOnlyList<LabelledQuestion> Set(string name) =>
        name == "retail" ? All : LabelledQuestions.Load(Path.Combine(RepoRoot(), "tests", "data", "support-cache", name + ".jsonl"));

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LlmActors.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
