namespace LlmActors.ModelSim.Configuration;

/// <summary>The <c>Simulator</c> configuration section.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>Multiplies every simulated delay; 0 = answer at once (fault delays are not scaled).</summary>
    public double LatencyScale { get; set; } = 1;

    /// <summary>False drops the built-in models, leaving only those configured.</summary>
    public bool IncludeDefaultModels { get; set; } = true;

    /// <summary>Request bodies larger than this get 413 (64 MiB: a provider takes images and files inline).</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024 * 1024;

    public Dictionary<string, ModelProfile> Models { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Binds the section over the defaults, so <c>Simulator:Models:sim-large:TokensPerSecond</c> changes one
    /// field of a built-in model and a new name adds a model.
    /// </summary>
    public static SimulatorOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new SimulatorOptions();
        options.IncludeDefaultModels = section.GetValue(nameof(IncludeDefaultModels), true);
        if (options.IncludeDefaultModels)
        {
            options.Models = DefaultModels.Create();
        }

        section.Bind(options);
        options.Validate();
        return options;
    }

    internal void Validate()
    {
        if (!(LatencyScale >= 0))
        {
            throw new InvalidOperationException("Simulator:LatencyScale must be >= 0.");
        }

        if (MaxRequestBytes < 1024)
        {
            throw new InvalidOperationException("Simulator:MaxRequestBytes must be at least 1024.");
        }

        foreach (var (name, profile) in Models)
        {
            profile.Validate(name);
        }
    }
}
