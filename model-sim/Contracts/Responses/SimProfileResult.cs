namespace LlmActors.ModelSim.Contracts;

internal sealed record SimProfileResult(
    string Kind,
    double TimeToFirstTokenMs,
    double TokensPerSecond,
    double Jitter,
    double SlowTailProbability,
    double SlowTailMs,
    decimal InputPricePerMillion,
    decimal OutputPricePerMillion,
    double ModerationNoise,
    bool Reasoning,
    int? Dimensions);
