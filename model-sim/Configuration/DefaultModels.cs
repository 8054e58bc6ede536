namespace LlmActors.ModelSim.Configuration;

/// <summary>
/// Profiles that resemble the tiers of a real catalog: a cheap fast model, a mid model, a strong slow one, a
/// reasoning model (o4-mini-like: it thinks before it answers), a code model with a slow tail, an embedding
/// model and a fast/strong moderation pair. Prices are of the order of public list prices so cost comparisons
/// between tiers keep their real proportions, and equal the gateway's default catalog
/// (grains/Models/DefaultCatalog.cs) so the two never tell different stories.
/// </summary>
internal static class DefaultModels
{
    public static Dictionary<string, ModelProfile> Create() => new(StringComparer.Ordinal)
    {
        ["sim-small"] = Profile(ModelKind.Chat, ttftMs: 150, tokensPerSecond: 120, jitter: 0.25, input: 0.15m, output: 0.60m, noise: 0.9),
        ["sim-medium"] = Profile(ModelKind.Chat, ttftMs: 350, tokensPerSecond: 80, jitter: 0.25, input: 0.80m, output: 3.20m, noise: 0.55),
        ["sim-large"] = Profile(ModelKind.Chat, ttftMs: 800, tokensPerSecond: 45, jitter: 0.3, input: 5.00m, output: 15.00m, noise: 0.3),
        ["sim-reason"] = Profile(ModelKind.Chat, ttftMs: 600, tokensPerSecond: 100, jitter: 0.3, input: 1.10m, output: 4.40m, noise: 0.4, reasoning: true),
        ["sim-code"] = Profile(ModelKind.Code, ttftMs: 250, tokensPerSecond: 150, jitter: 0.3, input: 0.20m, output: 0.80m, noise: 0.9,
            slowTailProbability: 0.05, slowTailMs: 6000),
        ["sim-embed"] = Profile(ModelKind.Embedding, ttftMs: 20, tokensPerSecond: 1000, jitter: 0.2, input: 0.02m, output: 0m, noise: 0.6),
        ["sim-mod-fast"] = Profile(ModelKind.Moderation, ttftMs: 60, tokensPerSecond: 1000, jitter: 0.2, input: 0.10m, output: 0m, noise: 0.9),
        ["sim-mod-strong"] = Profile(ModelKind.Moderation, ttftMs: 1200, tokensPerSecond: 1000, jitter: 0.2, input: 2.50m, output: 10.00m, noise: 0.3),
    };

    private static ModelProfile Profile(ModelKind kind, double ttftMs, double tokensPerSecond, double jitter, decimal input, decimal output,
        double noise, double slowTailProbability = 0, double slowTailMs = 0, bool reasoning = false) => new()
    {
        Kind = kind,
        TimeToFirstTokenMs = ttftMs,
        TokensPerSecond = tokensPerSecond,
        Jitter = jitter,
        InputPricePerMillion = input,
        OutputPricePerMillion = output,
        ModerationNoise = noise,
        SlowTailProbability = slowTailProbability,
        SlowTailMs = slowTailMs,
        Reasoning = reasoning,
    };
}
