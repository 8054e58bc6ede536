using LlmActors.Chat;
using LlmActors.Models;

namespace LlmActors.Grains.Models;

public interface IModelCatalog
{
    IReadOnlyList<ModelDefinition> All { get; }

    ModelDefinition? Find(string name);

    /// <summary>The model that serves a routing tier.</summary>
    ModelDefinition ForTier(ModelTier tier);

    /// <summary>The model followed by its fallbacks, each once, skipping unknown names.</summary>
    IReadOnlyList<ModelDefinition> Chain(ModelDefinition model);

    /// <summary>The chain without the models that lack <paramref name="needs"/>.</summary>
    IReadOnlyList<ModelDefinition> Chain(ModelDefinition model, ModelCapabilities needs);
}
