using LlmActors.Chat;
using LlmActors.Grains.Models;
using LlmActors.Messages;
using LlmActors.Models;
using Orleans.Concurrency;

namespace LlmActors.Grains.Messages;

/// <summary>Stateless and local: counting is CPU work on the silo that received it.</summary>
[StatelessWorker]
public sealed class TokenCountGrain(IModelCatalog catalog, TokenCounter tokens) : Grain, ITokenCountGrain
{
    public Task<int?> CountPrompt(string model, ChatMessage[] messages, PromptShape shape) =>
        Task.FromResult(catalog.Find(model) is { Kind: ModelKind.Chat } ? tokens.CountPrompt(messages, shape) : (int?)null);
}
