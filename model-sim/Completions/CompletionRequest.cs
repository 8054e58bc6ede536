namespace LlmActors.ModelSim.Completions;

/// <summary>A validated legacy completion request.</summary>
internal sealed class CompletionRequest
{
    /// <summary>OpenAI's default for legacy completions, which autocomplete clients usually override.</summary>
    public const int DefaultMaxTokens = 16;

    public required SimModel Model { get; init; }

    public required IReadOnlyList<string> Prompts { get; init; }

    /// <summary>Fill-in-the-middle: the text after the cursor.</summary>
    public string? Suffix { get; init; }

    public int MaxTokens { get; init; } = DefaultMaxTokens;

    public string[]? Stop { get; init; }

    public int N { get; init; } = 1;

    public bool Stream { get; init; }

    public bool IncludeUsage { get; init; }

    public bool Echo { get; init; }

    /// <summary>How many top alternatives per token (0-5); null for no logprobs.</summary>
    public int? Logprobs { get; init; }

    public long? Seed { get; init; }
}
