using LlmActors.ModelSim.Caching;

namespace LlmActors.ModelSim;

/// <summary>One simulator: the configured models, their faults, the request size cap.</summary>
internal sealed class ModelSimulator(SimulatorOptions options)
{
    public ModelCatalog Catalog { get; } = new(options);

    public FaultRegistry Faults { get; } = new();

    public PromptCache PromptCache { get; } = new();

    public int MaxRequestBytes { get; } = options.MaxRequestBytes;

    /// <summary>The fault in force for a model about to answer; a model that is down refuses here with 503, a throttled one with 429.</summary>
    public Fault Admit(SimModel model)
    {
        var fault = Faults.For(model.Name);
        return fault.Mode switch
        {
            FaultMode.Down => throw SimError.ModelDown(model.Name),
            FaultMode.Throttled => throw SimError.Throttled(model.Name, fault.DelayMs),
            _ => fault,
        };
    }

    /// <summary>
    /// For a whole completion of <paramref name="tokens"/> tokens: waits until its last token is due. A cut fault
    /// drops the connection where the first token would have been instead; then false, and nothing may be written.
    /// </summary>
    public static async Task<bool> WaitForCompletionAsync(HttpContext context, LatencyPlan plan, Fault fault, int tokens, long started)
    {
        if (fault.Mode == FaultMode.Cut)
        {
            await Delay.Until(started, plan.FirstTokenMs, context.RequestAborted);
            context.Abort();
            return false;
        }

        await Delay.Until(started, plan.CompleteMs(tokens), context.RequestAborted);
        return true;
    }

    /// <summary>
    /// For answers that arrive in one piece (embeddings, moderations): applies the model's fault and waits
    /// out its time to first token. False when the fault cut the connection and nothing more may be written.
    /// </summary>
    public async Task<bool> WaitForAnswerAsync(HttpContext context, SimModel model, long started)
    {
        var fault = Admit(model);
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
