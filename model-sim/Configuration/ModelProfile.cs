namespace LlmActors.ModelSim.Configuration;

/// <summary>One simulated model: its latency profile, its prices and its moderation noise (<c>Simulator:Models:{name}</c>).</summary>
public sealed class ModelProfile
{
    public ModelKind Kind { get; set; } = ModelKind.Chat;

    /// <summary>Milliseconds before the first token (for embeddings and moderation: before the answer).</summary>
    public double TimeToFirstTokenMs { get; set; } = 300;

    /// <summary>Output rate once the first token is out.</summary>
    public double TokensPerSecond { get; set; } = 60;

    /// <summary>Relative spread of the time to first token, 0.2 = ±20%.</summary>
    public double Jitter { get; set; } = 0.2;

    /// <summary>Chance that a request lands in the slow tail (the code-completion benchmark needs one).</summary>
    public double SlowTailProbability { get; set; }

    /// <summary>Extra milliseconds before the first token for a request in the slow tail.</summary>
    public double SlowTailMs { get; set; }

    /// <summary>USD per million prompt tokens; informational (reported by <c>/v1/models</c>).</summary>
    public decimal InputPricePerMillion { get; set; }

    /// <summary>USD per million completion tokens; informational.</summary>
    public decimal OutputPricePerMillion { get; set; }

    /// <summary>
    /// Standard deviation, in log-odds, of this model's error around the hidden moderation truth. Applies to
    /// <c>/v1/moderations</c> and to a chat model asked for a JSON risk score.
    /// </summary>
    public double ModerationNoise { get; set; } = 0.6;

    /// <summary>
    /// A reasoning model: honours <c>reasoning_effort</c> and spends reasoning tokens (reported in
    /// <c>completion_tokens_details.reasoning_tokens</c>, paced before the first visible token).
    /// </summary>
    public bool Reasoning { get; set; }

    /// <summary>Default vector size for an embedding model (a request may ask for fewer or more with <c>dimensions</c>).</summary>
    public int Dimensions { get; set; } = 384;

    internal ModelProfile Copy() => (ModelProfile)MemberwiseClone();

    internal void Validate(string name)
    {
        static void Check(bool ok, string name, string what)
        {
            if (!ok)
            {
                throw new InvalidOperationException($"Simulator:Models:{name}: {what}");
            }
        }

        Check(TimeToFirstTokenMs >= 0, name, "TimeToFirstTokenMs must be >= 0");
        Check(TokensPerSecond > 0, name, "TokensPerSecond must be > 0");
        Check(Jitter is >= 0 and <= 1, name, "Jitter must be between 0 and 1");
        Check(SlowTailProbability is >= 0 and <= 1, name, "SlowTailProbability must be between 0 and 1");
        Check(SlowTailMs >= 0, name, "SlowTailMs must be >= 0");
        Check(InputPricePerMillion >= 0 && OutputPricePerMillion >= 0, name, "prices must be >= 0");
        Check(ModerationNoise >= 0, name, "ModerationNoise must be >= 0");
        Check(Dimensions is >= 1 and <= EmbeddingLimits.MaxDimensions, name, $"Dimensions must be between 1 and {EmbeddingLimits.MaxDimensions}");
    }
}
