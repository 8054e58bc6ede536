using LlmActors.Moderation;

namespace LlmActors.Grains.Moderation;

/// <summary>The <c>Moderation</c> section: which catalog models form the cascade and the defaults of every project's policy.</summary>
public sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>The cheap first stage; a <c>Moderation</c> model of the catalog.</summary>
    public string FastModel { get; set; } = "sim-mod-fast";

    /// <summary>The accurate, dear second stage; a <c>Moderation</c> model of the catalog.</summary>
    public string StrongModel { get; set; } = "sim-mod-strong";

    /// <summary>Default for projects that set no policy: fast scores below this are allowed at once.</summary>
    public double AllowBelow { get; set; } = 0.2;

    /// <summary>Default for projects that set no policy: fast scores above this are blocked at once.</summary>
    public double BlockAbove { get; set; } = 0.8;

    /// <summary>Default for projects that set no fail mode: block when the strong model is needed and down.</summary>
    public FailMode FailMode { get; set; } = FailMode.Closed;

    /// <summary>Most model calls one request (or one evaluation) keeps in flight per stage.</summary>
    public int MaxParallelCalls { get; set; } = 16;

    public ModerationPolicy DefaultPolicy => new(AllowBelow, BlockAbove, FailMode);
}
