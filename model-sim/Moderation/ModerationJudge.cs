namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// How a simulated model perceives the hidden truth: the truth moved in log-odds by a seeded error whose
/// spread is the model's <c>ModerationNoise</c>. In log-odds a clear case (truth 0.05 or 0.93) stays far from
/// 0.5 for any sensible noise, while a borderline one (truth near 0.5) lands either side, so a noisy fast
/// model errs mostly where a cascade would ask the strong model anyway.
/// </summary>
internal static class ModerationJudge
{
    /// <summary>The model's error for this text: fixed per model and text (asking again gives the same score).</summary>
    public static double Noise(SimModel model, string text) =>
        new SeededRandom(StableHash.Of(text, StableHash.Of(model.Name))).NextNormal() * model.Profile.ModerationNoise;

    public static double Perceive(double truth, double noise)
    {
        var clamped = Math.Clamp(truth, 0.005, 0.995);
        var logit = Math.Log(clamped / (1 - clamped)) + noise;
        return 1 / (1 + Math.Exp(-logit));
    }

    /// <summary>The overall risk score the model reports for <paramref name="text"/>.</summary>
    public static double Score(SimModel model, string text) =>
        Perceive(RiskAnalyzer.Analyze(text).Overall, Noise(model, text));
}
