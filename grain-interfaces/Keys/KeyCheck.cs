namespace LlmActors.Keys;

/// <summary>The outcome of presenting a key: no such key, unknown/revoked, rate limited, or accepted for a project.</summary>
[GenerateSerializer, Immutable, Alias("keys.check")]
public sealed record KeyCheck(
    [property: Id(0)] KeyCheckOutcome Outcome,
    [property: Id(1)] string? ProjectId,
    [property: Id(2)] TimeSpan RetryAfter)
{
    public static readonly KeyCheck Unknown = new(KeyCheckOutcome.Unknown, null, TimeSpan.Zero);

    public static readonly KeyCheck NoSuchKey = new(KeyCheckOutcome.NoSuchKey, null, TimeSpan.Zero);

    /// <summary>Refused because the key is unknown, whatever the reason: the caller gets a 401 either way.</summary>
    public bool IsRefused => Outcome is KeyCheckOutcome.Unknown or KeyCheckOutcome.NoSuchKey;
}

[GenerateSerializer, Alias("keys.check-outcome")]
public enum KeyCheckOutcome
{
    /// <summary>A key exists under the prefix but the secret does not match, or it was revoked.</summary>
    Unknown = 0,
    Accepted = 1,
    RateLimited = 2,

    /// <summary>No key was ever created under the prefix: an API host may remember that for a short while.</summary>
    NoSuchKey = 3,
}
