using LlmActors.Grains.Caching.Evaluation;

namespace LlmActors.Tests.Caching;

/// <summary>The labelled support intents (a copy of shared/workloads/support-intents.jsonl kept with the tests).</summary>
public static class Workload
{
    public static readonly IReadOnlyList<LabelledQuestion> All = LabelledQuestions.Load(Path.Combine(RepoRoot(), "tests", "LlmActors.Tests", "Caching", "Data", "support-intents.jsonl"));

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LlmActors.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
