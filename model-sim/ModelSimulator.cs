using LlmActors.ModelSim.Caching;

namespace LlmActors.ModelSim;

/// <summary>One simulator: the configured models, their faults, the request size cap.</summary>
internal sealed class ModelSimulator(SimulatorOptions options)
{
    public ModelCatalog Catalog { get; } = new(options);

    public FaultRegistry Faults { get; } = new();

    public PromptCache PromptCache { get; } = new();

    public int MaxRequestBytes { get; } = options.MaxRequestBytes;

    /// <summary>
    /// For answers that arrive in one piece (embeddings, moderations): applies the model's fault and waits
    /// out its time to first token. False when the fault cut the connection and nothing more may be written.
    /// </summary>
    public async Task<bool> WaitForAnswerAsync(HttpContext context, SimModel model, long started)
    {
        var fault = Faults.For(model.Name);
        if (fault.Mode == FaultMode.Down)
        {
            throw SimError.ModelDown(model.Name);
        }

        var plan = LatencyPlan.For(model, Catalog.LatencyScale, fault);
        await Delay.Until(started, plan.FirstTokenMs, context.RequestAborted);
        if (fault.Mode == FaultMode.Cut)
        {
            context.Abort();
            return false;
        }

        return true;
    }
}
