namespace LlmActors.Grains.Models;

/// <summary>
/// The <c>Models</c> section: providers (OpenAI-compatible endpoints), the catalog of logical models,
/// which model serves each routing tier, and the resilience settings. With no catalog configured, the
/// built-in simulator catalog is used (<see cref="DefaultCatalog"/>).
/// </summary>
public sealed class ModelsOptions
{
    public const string Section = "Models";

    public Dictionary<string, ProviderOptions> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, ModelOptions> Catalog { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> Tiers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public ResilienceOptions Resilience { get; set; } = new();
}
