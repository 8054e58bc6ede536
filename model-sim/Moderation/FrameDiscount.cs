namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// How much a framing lowers each kind of harm. A factor multiplies a cue's or a rule's weight; with several
/// framings the strongest (lowest) factor applies, so two framings never erase a signal by compounding.
/// Columns: violence, hate, harassment, self-harm, sexual, illicit.
/// </summary>
internal static class FrameDiscount
{
    private static readonly (Frame Frame, double[] Factors)[] Table =
    [
        // An account of events: what happened is described, not done or threatened.
        (Frame.Reporting, [0.2, 0.25, 0.3, 0.3, 0.6, 0.25]),
        // Fiction keeps explicit sexual content explicit and an operational recipe operational.
        (Frame.Fiction, [0.25, 0.35, 0.3, 0.4, 1.0, 0.85]),
        // Quoting a slur to ban it is the opposite of using it.
        (Frame.Moderating, [0.2, 0.15, 0.2, 0.4, 0.5, 0.5]),
        // Asking how to help someone else (or for first aid) is what a moderator wants to allow.
        (Frame.HelpSeeking, [0.3, 0.5, 0.4, 0.12, 0.4, 0.3]),
        // "My boss is going to murder me lol": the joke marker mostly undoes violent words, not slurs.
        (Frame.Playful, [0.3, 0.9, 0.5, 0.5, 1.0, 1.0]),
        // Trash talk over a game is aimed at "you" but threatens nothing.
        (Frame.Competition, [0.2, 1.0, 0.4, 1.0, 1.0, 1.0]),
        // Learning to spot a scam or report abuse.
        (Frame.Protective, [0.5, 0.5, 0.4, 0.4, 0.5, 0.2]),
    ];

    /// <summary>The factor for a harm of <paramref name="category"/> under <paramref name="frames"/> (Topic excluded: see <see cref="CueWeighting"/>).</summary>
    public static double For(Frame frames, RiskCategory category)
    {
        var factor = 1.0;
        foreach (var (frame, factors) in Table)
        {
            if ((frames & frame) != 0)
            {
                factor = Math.Min(factor, factors[(int)category]);
            }
        }

        return factor;
    }
}
