namespace LlmActors.Moderation;

/// <summary>Which stage of the cascade made the decision.</summary>
[GenerateSerializer, Alias("moderation.stage")]
public enum ModerationStage
{
    /// <summary>The fast model's score was clearly below <c>allowBelow</c> or above <c>blockAbove</c>.</summary>
    Fast = 0,

    /// <summary>The score fell in the uncertain band (or the fast model was unavailable), so the strong model was asked.</summary>
    Strong = 1,
}
