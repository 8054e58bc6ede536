namespace LlmActors.Moderation;

/// <summary>What the cascade decides when the strong model is needed but cannot answer.</summary>
[GenerateSerializer, Alias("moderation.fail-mode")]
public enum FailMode
{
    /// <summary>Block: nothing uncertain gets through while the strong model is down.</summary>
    Closed = 0,

    /// <summary>Allow: availability first; uncertain content passes while the strong model is down.</summary>
    Open = 1,
}
