namespace LlmActors.Grains.Code;

/// <summary>
/// What a file's grain keeps across restarts: its statistics and its most recent cached completions. The
/// file content is not kept: every request carries it, and source code at rest is a liability.
/// </summary>
[GenerateSerializer, Alias("code.completion-state")]
public sealed class CompletionState
{
    [Id(0)]
    public string? Path { get; set; }

    [Id(1)]
    public CompletionStatistics Stats { get; set; } = new();

    [Id(2)]
    public List<CachedCompletion> Entries { get; set; } = [];

    [Id(3)]
    public DateTimeOffset? LastUsedAt { get; set; }
}
