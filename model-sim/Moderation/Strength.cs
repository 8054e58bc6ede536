namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// The weights of the intent rules, on one scale. Models perceive the truth in log-odds with noise (fast 0.9,
/// strong 0.3), so a clear case must sit near the ends (≥ 0.9) to be decided by the fast model, and a veiled
/// one just right of the middle, where the cascade should hand it to the strong model.
/// </summary>
internal static class Strength
{
    /// <summary>The text plainly does the harm: a threat with an outcome, a group called vermin, a method of suicide asked for.</summary>
    public const double Clear = 0.95;

    /// <summary>Most moderators would flag it; stated a little less directly (a trait pinned on a group, a finality).</summary>
    public const double Likely = 0.9;

    /// <summary>Coded or veiled ("people who talk tend to have accidents", a drug sale in slang): just past the middle.</summary>
    public const double Veiled = 0.75;

    /// <summary>Needs little more to be a violation ("you'll regret this").</summary>
    public const double Suggestive = 0.6;

    /// <summary>Half of a pattern: the leverage without the warning.</summary>
    public const double Partial = 0.45;

    /// <summary>A soft sign that only counts next to others ("see you soon" after a threat).</summary>
    public const double Hint = 0.3;

    /// <summary>Barely a sign.</summary>
    public const double Faint = 0.2;
}
