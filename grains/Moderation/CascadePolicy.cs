using LlmActors.Moderation;

namespace LlmActors.Grains.Moderation;

/// <summary>
/// The cascade's decision rule, without I/O. The fast model decides only scores strictly outside the band:
/// below <c>allowBelow</c> → allow, above <c>blockAbove</c> → block. A score exactly equal to either threshold
/// is escalated, so the uncertain edge always gets the better judge; it follows that {0, 1} sends everything
/// to the strong model and equal thresholds t escalate only a score of exactly t. A model deciding alone (the
/// strong stage, or either model in an evaluation) blocks at <see cref="BlockAt"/> or more, the flag threshold
/// of OpenAI-style moderation. A stage that could not score counts as unavailable: a missing fast score
/// escalates, a missing strong score leaves the decision to the fail mode.
/// </summary>
public sealed class CascadePolicy
{
    public const double BlockAt = 0.5;

    public CascadePolicy(double allowBelow, double blockAbove)
    {
        if (new ModerationPolicy(allowBelow, blockAbove, FailMode.Closed).Problem() is { } problem)
        {
            throw new ArgumentException(problem.Message, problem.Field);
        }

        AllowBelow = allowBelow;
        BlockAbove = blockAbove;
    }

    public double AllowBelow { get; }
    public double BlockAbove { get; }

    public static CascadePolicy From(ModerationPolicy policy) => new(policy.AllowBelow, policy.BlockAbove);

    public FastRoute Route(double? fastScore) =>
        fastScore is not { } score || double.IsNaN(score) ? FastRoute.Escalate
        : score < AllowBelow ? FastRoute.Allow
        : score > BlockAbove ? FastRoute.Block
        : FastRoute.Escalate;

    public CascadeOutcome Decide(double? fastScore, double? strongScore, FailMode failMode) => Route(fastScore) switch
    {
        FastRoute.Allow => new CascadeOutcome(ModerationDecision.Allow, ModerationStage.Fast),
        FastRoute.Block => new CascadeOutcome(ModerationDecision.Block, ModerationStage.Fast),
        _ => Alone(strongScore, ModerationStage.Strong, failMode),
    };

    /// <summary>One model deciding by itself; with no score the fail mode decides.</summary>
    public static CascadeOutcome Alone(double? score, ModerationStage stage, FailMode failMode) =>
        score is { } s && !double.IsNaN(s)
            ? new CascadeOutcome(s >= BlockAt ? ModerationDecision.Block : ModerationDecision.Allow, stage)
            : new CascadeOutcome(failMode == FailMode.Open ? ModerationDecision.Allow : ModerationDecision.Block, stage, failMode);
}
