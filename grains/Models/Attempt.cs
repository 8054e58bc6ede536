namespace LlmActors.Grains.Models;

/// <summary>One try of one deployment of one model of a call's fallback chain.</summary>
public sealed record Attempt(ModelDefinition Model, Deployment Deployment, bool Fallback);
