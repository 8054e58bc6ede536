namespace LlmActors.ModelSim.Pacing;

/// <summary>When a request's first token is due and how far apart the following tokens are, in milliseconds.</summary>
internal readonly record struct LatencyPlan(double FirstTokenMs, double PerTokenMs)
{
    public bool IsInstant => FirstTokenMs <= 0 && PerTokenMs <= 0;

    /// <summary>
    /// Draws a plan from the model's profile: jitter and the slow tail come from a shared random source
    /// (latency is meant to vary between identical requests; only the answer is deterministic).
    /// </summary>
    public static LatencyPlan For(SimModel model, double scale, Fault fault)
    {
        var profile = model.Profile;
        var first = 0.0;
        var perToken = 0.0;
        if (scale > 0)
        {
            var jitter = 1 + (profile.Jitter * ((Random.Shared.NextDouble() * 2) - 1));
            first = profile.TimeToFirstTokenMs * jitter;
            if (profile.SlowTailProbability > 0 && Random.Shared.NextDouble() < profile.SlowTailProbability)
            {
                first += profile.SlowTailMs;
            }

            first *= scale;
            perToken = 1000.0 / profile.TokensPerSecond * scale;
        }

        return new LatencyPlan(first + fault.ExtraFirstTokenMs, perToken);
    }

    /// <summary>When the whole answer of <paramref name="tokens"/> tokens is complete.</summary>
    public double CompleteMs(int tokens) => FirstTokenMs + (Math.Max(0, tokens - 1) * PerTokenMs);
}
