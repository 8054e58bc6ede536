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

    public ResponseFormat Format { get; init; }

    public long? Seed { get; init; }

    /// <summary>The last user message: what the answer is "about" and what a moderation scorer judges.</summary>
    public string LastUserText => Messages.LastOrDefault(m => m.Role == "user")?.Content ?? "";

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
