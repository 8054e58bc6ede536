namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// One lexicon entry: a phrase, its category and how strongly it indicates harm on its own (about 0.9 for a
/// clear violation, 0.3-0.5 for a borderline word). A trailing '*' on an English cue matches any ending
/// ("kill*" matches kills, killed, killing).
/// </summary>
internal sealed record Cue(string Text, RiskCategory Category, double Weight)
{
    public bool IsStem { get; } = Text.EndsWith('*');

    public string Phrase { get; } = Text.TrimEnd('*');

    public bool IsClear => Weight >= 0.8;
}
