using LlmActors.Grains.Translation;

namespace LlmActors.Grains.Models;

/// <summary>
/// A resolved deployment. <see cref="Id"/> names its circuit breaker, cooldown and metrics: the model's name when the
/// model has one deployment (as before deployments existed), else <c>model@provider/providerModel</c>. <see cref="Api"/>
/// is what its provider speaks, which decides what each door's requests are sent as.
/// </summary>
public sealed record Deployment(string Id, string Model, string Provider, string ProviderModel, int Weight, ProviderApi Api = ProviderApi.Chat);
