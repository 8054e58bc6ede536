namespace LlmActors.ModelSim.Moderation;

/// <summary>The hidden ground truth for one text: a risk in [0, 1] per category (≥ 0.5 means a violation).</summary>
internal sealed class RiskProfile(double[] risk, bool mentionsMinors)
{
    public double this[RiskCategory category] => risk[(int)category];

    public bool MentionsMinors { get; } = mentionsMinors;

    /// <summary>The risk of the worst category: what a moderation decision is about.</summary>
    public double Overall => risk.Max();

    public bool Violates => Overall >= 0.5;
}
