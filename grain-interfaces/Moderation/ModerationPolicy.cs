namespace LlmActors.Moderation;

/// <summary>
/// A project's cascade thresholds. A fast score strictly below <see cref="AllowBelow"/> is allowed, strictly
/// above <see cref="BlockAbove"/> is blocked; anything from <see cref="AllowBelow"/> to <see cref="BlockAbove"/>
/// inclusive goes to the strong model.
/// </summary>
[GenerateSerializer, Immutable, Alias("moderation.policy")]
public sealed record ModerationPolicy(
    [property: Id(0)] double AllowBelow,
    [property: Id(1)] double BlockAbove,
    [property: Id(2)] FailMode FailMode)
{
    /// <summary>The first problem with these values as (field, message), or null when they are valid.</summary>
    public (string Field, string Message)? Problem() =>
        !InUnitRange(AllowBelow) ? ("allowBelow", "'allowBelow' must be a number from 0 to 1.")
        : !InUnitRange(BlockAbove) ? ("blockAbove", "'blockAbove' must be a number from 0 to 1.")
        : AllowBelow > BlockAbove ? ("allowBelow", "'allowBelow' must not be greater than 'blockAbove'.")
        : !Enum.IsDefined(FailMode) ? ("failMode", "'failMode' must be closed or open.")
        : null;

    private static bool InUnitRange(double value) => double.IsFinite(value) && value is >= 0 and <= 1;
}
