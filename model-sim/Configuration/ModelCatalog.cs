using System.Collections.Frozen;

namespace LlmActors.ModelSim.Configuration;

/// <summary>The configured models, fixed at start; looked up on every request, so frozen.</summary>
internal sealed class ModelCatalog
{
    private readonly FrozenDictionary<string, SimModel> _models;

    public ModelCatalog(SimulatorOptions options)
    {
        All = options.Models.Select(m => new SimModel(m.Key, m.Value.Copy())).ToArray();
        _models = All.ToFrozenDictionary(m => m.Name, StringComparer.Ordinal);
        LatencyScale = options.LatencyScale;
    }

    public IReadOnlyList<SimModel> All { get; }

    public double LatencyScale { get; }

    public bool TryGet(string name, out SimModel model) => _models.TryGetValue(name, out model!);

    /// <summary>The model a request names, which must exist and be of one of the kinds the route serves.</summary>
    public SimModel Require(string? name, string route, params ModelKind[] kinds)
    {
        if (name is null)
        {
            throw SimError.BadRequest("'model' is required.", "model", "missing_required_parameter");
        }

        if (!TryGet(name, out var model))
        {
            throw SimError.BadRequest($"The model '{name}' does not exist in the simulator.", "model", "model_not_found");
        }

        if (Array.IndexOf(kinds, model.Kind) < 0)
        {
            throw SimError.BadRequest($"The model '{name}' is a {model.Kind.ToString().ToLowerInvariant()} model and does not serve {route}.", "model", "model_not_supported");
        }

        return model;
    }

    /// <summary>The first configured model of a kind, for requests that may leave the model out (moderations).</summary>
    public SimModel? FirstOf(ModelKind kind) => All.FirstOrDefault(m => m.Kind == kind);
}
