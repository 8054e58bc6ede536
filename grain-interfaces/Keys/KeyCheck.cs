namespace LlmActors.Keys;

/// <summary>The outcome of presenting a key: unknown/revoked, rate limited, or accepted for a project.</summary>
[GenerateSerializer, Immutable, Alias("keys.check")]
public sealed record KeyCheck(
    [property: Id(0)] KeyCheckOutcome Outcome,
    [property: Id(1)] string? ProjectId,
    [property: Id(2)] TimeSpan RetryAfter)
{
    public static readonly KeyCheck Unknown = new(KeyCheckOutcome.Unknown, null, TimeSpan.Zero);
}

[GenerateSerializer, Alias("keys.check-outcome")]
public enum KeyCheckOutcome
{
    Unknown = 0,
    Accepted = 1,
    RateLimited = 2,
}
