using LlmActors.Grains.Models;

namespace LlmActors.Grains.Moderation;

/// <summary>The two catalog models the cascade uses.</summary>
public sealed record CascadeModels(ModelDefinition Fast, ModelDefinition Strong);
