using LlmActors.ModelSim.Tools;

namespace LlmActors.ModelSim.Chat;

/// <summary>A validated chat completion request: only the fields the simulator acts on.</summary>
internal sealed class ChatRequest
{
    public required SimModel Model { get; init; }

    public required List<ChatMessage> Messages { get; init; }

    public bool Stream { get; init; }

    public bool IncludeUsage { get; init; }

    public int? MaxTokens { get; init; }

    public string[]? Stop { get; init; }

    public OutputFormat Output { get; init; } = OutputFormat.Text;

    public ResponseFormat Format => Output.Kind;

    public long? Seed { get; init; }

    public int N { get; init; } = 1;

    public ToolSet Tools { get; init; } = ToolSet.Empty;

    public bool Logprobs { get; init; }

    public int TopLogprobs { get; init; }

    /// <summary>Only on a reasoning model; null means its default (medium).</summary>
    public string? ReasoningEffort { get; init; }

    public string ServiceTier { get; init; } = "default";

    public string? PromptCacheKey { get; init; }

    /// <summary>The audio format when <c>modalities</c> asks for spoken output, else null.</summary>
    public string? AudioFormat { get; init; }

    /// <summary>The predicted output text, when <c>prediction</c> is given.</summary>
    public string? Prediction { get; init; }

    /// <summary>The last user message: what the answer is "about" and what a moderation scorer judges.</summary>
    public ChatMessage? LastUser => Messages.LastOrDefault(m => m.Role == "user");

    public string LastUserText => LastUser?.Content ?? "";

    /// <summary>True when the conversation ends with tool (or function) results: the model now answers from them.</summary>
    public bool EndsWithToolResults => Messages[^1].IsToolResult;

    public bool HasSystemMessageContaining(ReadOnlySpan<string> needles)
    {
        foreach (var message in Messages)
        {
            if (message.Role is not ("system" or "developer"))
            {
                continue;
            }

            foreach (var needle in needles)
            {
                if (message.Content.Contains(needle, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
