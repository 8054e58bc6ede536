namespace LlmActors.Bench.Code;

/// <summary>One file of the replay corpus: its path relative to the repository and its text.</summary>
public sealed record SourceFile(string Path, string Content)
{
    /// <summary>This repository's own C# sources (no build output), in a stable order so a seed replays the same sessions.</summary>
    public static IReadOnlyList<SourceFile> FromRepository(string root) =>
        [.. Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(p => System.IO.Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part is "bin" or "obj" or ".tmp" or ".git"))
            .Select(p => new SourceFile(p, File.ReadAllText(System.IO.Path.Combine(root, p))))
            .Where(f => f.Content.Length is >= 800 and <= 200_000)
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
}
