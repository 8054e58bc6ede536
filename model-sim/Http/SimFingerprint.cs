namespace LlmActors.ModelSim.Http;

internal static class SimFingerprint
{
    /// <summary>The <c>system_fingerprint</c> of every simulated answer: one more sign that it is not a real model.</summary>
    public const string Value = "fp_llmactors_sim";
}
