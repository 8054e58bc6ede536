using LlmActors.Chat;

namespace LlmActors.Messages;

/// <summary>Counts a prompt as the gateway's estimate does (<c>POST /v1/messages/count_tokens</c>); no model is called, nothing is charged.</summary>
public interface ITokenCountGrain : IGrainWithIntegerKey
{
    /// <summary>The prompt's tokens with the gateway's tokenizer (o200k), or null when the catalog has no chat model of that name.</summary>
    Task<int?> CountPrompt(string model, ChatMessage[] messages, PromptShape shape);
}
