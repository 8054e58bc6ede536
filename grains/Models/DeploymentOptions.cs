namespace LlmActors.Grains.Models;

/// <summary>One place a logical model runs: a provider (endpoint + key), the model name it knows, a share of the traffic.</summary>
public sealed class DeploymentOptions
{
    public string Provider { get; set; } = DefaultCatalog.SimProvider;

    /// <summary>The model name the provider knows; defaults to the model's <see cref="ModelOptions.ProviderModel"/> or logical name.</summary>
    public string? ProviderModel { get; set; }

    /// <summary>Relative share of the model's traffic; 0 takes traffic only when every weighted deployment is unavailable.</summary>
    public int Weight { get; set; } = 1;
}
