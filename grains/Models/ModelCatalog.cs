using LlmActors.Chat;
using LlmActors.Grains.Translation;
using LlmActors.Models;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Models;

public sealed class ModelCatalog : IModelCatalog
{
    private readonly Dictionary<string, ModelDefinition> _models;
    private readonly Dictionary<ModelTier, ModelDefinition> _tiers = [];
    private readonly Dictionary<string, IReadOnlyList<ModelDefinition>> _chains = new(StringComparer.OrdinalIgnoreCase);

    public ModelCatalog(IOptions<ModelsOptions> options)
    {
        var configured = options.Value;
        var models = configured.Catalog.Count > 0 ? configured.Catalog : DefaultCatalog.Models();
        _models = models.ToDictionary(
            m => m.Key,
            m => Resolve(m.Key, m.Value, configured.Providers),
            StringComparer.OrdinalIgnoreCase);
        All = [.. _models.Values.OrderBy(m => m.Name, StringComparer.Ordinal)];

        var tiers = configured.Tiers.Count > 0 ? configured.Tiers : DefaultCatalog.Tiers();
        foreach (var tier in Enum.GetValues<ModelTier>())
        {
            var name = tiers.GetValueOrDefault(tier.ToString())
                ?? All.FirstOrDefault(m => m.Tier == tier && m.Kind == ModelKind.Chat)?.Name
                ?? throw new OptionsValidationException(ModelsOptions.Section, typeof(ModelsOptions), [$"No model serves tier {tier}."]);
            _tiers[tier] = Find(name) ?? throw new OptionsValidationException(
                ModelsOptions.Section, typeof(ModelsOptions), [$"Tier {tier} names unknown model '{name}'."]);
        }

        foreach (var model in All)
        {
            _chains[model.Name] = BuildChain(model);
        }
    }

    public IReadOnlyList<ModelDefinition> All { get; }

    public ModelDefinition? Find(string name) => _models.GetValueOrDefault(name);

    public ModelDefinition ForTier(ModelTier tier) => _tiers[tier];

    public IReadOnlyList<ModelDefinition> Chain(ModelDefinition model) => _chains[model.Name];

    public IReadOnlyList<ModelDefinition> Chain(ModelDefinition model, ModelCapabilities needs) =>
        needs == ModelCapabilities.None ? _chains[model.Name] : [.. _chains[model.Name].Where(m => m.Supports(needs))];

    private static ModelDefinition Resolve(string name, ModelOptions o, Dictionary<string, ProviderOptions> providers)
    {
        var providerModel = o.ProviderModel ?? name;
        ProviderApi Api(string provider) => ProviderKinds.ApiOf(provider, providers.GetValueOrDefault(provider));
        var deployments = o.Deployments.Count == 0
            ? [new Deployment(name, name, o.Provider, providerModel, 1, Api(o.Provider))]
            : o.Deployments.Select(d => new Deployment(
                o.Deployments.Count == 1 ? name : $"{name}@{d.Provider}/{d.ProviderModel ?? providerModel}",
                name, d.Provider, d.ProviderModel ?? providerModel, Math.Max(0, d.Weight), Api(d.Provider))).ToList();
        if (deployments.Select(d => d.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count() != deployments.Count)
        {
            throw new OptionsValidationException(ModelsOptions.Section, typeof(ModelsOptions), [$"Model '{name}' lists the same deployment twice."]);
        }

        var capabilities = o.Capabilities is null ? ModelCapabilities.All : o.Capabilities.Aggregate(ModelCapabilities.None, (all, c) => all | c);
        return new ModelDefinition(
            name, o.Kind, o.Tier, deployments, o.InputPerMillionUsd, o.OutputPerMillionUsd, o.CachedInputPerMillionUsd ?? o.InputPerMillionUsd,
            o.Fallbacks, o.DefaultMaxOutputTokens, o.Scoring, capabilities);
    }

    private List<ModelDefinition> BuildChain(ModelDefinition model)
    {
        var chain = new List<ModelDefinition> { model };
        foreach (var name in model.Fallbacks)
        {
            if (Find(name) is { } fallback && fallback.Kind == model.Kind && !chain.Contains(fallback))
            {
                chain.Add(fallback);
            }
        }

        return chain;
    }
}
