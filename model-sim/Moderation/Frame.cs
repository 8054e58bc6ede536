namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Framings that change what harmful words mean: the same sentence is reported, told as fiction, quoted in order
/// to moderate it, asked about on someone else's behalf, joked about, or said over a game.
/// </summary>
[Flags]
internal enum Frame
{
    None = 0,

    /// <summary>A discussion topic from the lexicons' benign-context lists (film, history, law, code...).</summary>
    Topic = 1,

    /// <summary>News or an account of events: "police said", "was arrested", "据报道".</summary>
    Reporting = 2,

    /// <summary>Fiction or creative writing: "in my novel", "the villain", "台词".</summary>
    Fiction = 4,

    /// <summary>A phrase quoted in order to moderate, ban or report it.</summary>
    Moderating = 8,

    /// <summary>Help or safety sought for someone else, or the warning signs of a harm.</summary>
    HelpSeeking = 16,

    /// <summary>Laughter or joke markers ("lol", "haha", "哈哈"): hyperbole rather than intent.</summary>
    Playful = 32,

    /// <summary>A game or a match: "wreck you in FIFA", "排位".</summary>
    Competition = 64,

    /// <summary>Learning to recognise, avoid or report a harm: "signs of a phishing email", "怎么识别".</summary>
    Protective = 128,
}
