namespace LlmActors.Tests.Reliability;

/// <summary>
/// Figures the reliability and security suites measure (inputs tried, failover seconds, ...): written to the test's
/// output and appended to <c>.tmp/reliability-figures.txt</c> at the repository root, where docs/reliability.md
/// takes them from.
/// </summary>
public static class Figures
{
    private static readonly Lock Gate = new();

    public static void Record(string suite, string line)
    {
        var text = $"{DateTime.UtcNow:O} {suite} {line}";
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        if (FindRoot() is { } root)
        {
            var folder = Path.Combine(root, ".tmp");
            Directory.CreateDirectory(folder);
            lock (Gate)
            {
                File.AppendAllText(Path.Combine(folder, "reliability-figures.txt"), text + Environment.NewLine);
            }
        }
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LlmActors.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
