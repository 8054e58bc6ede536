namespace LlmActors.Projects;

/// <summary>
/// How the gateway treats one project's forwarded requests. <see cref="StrictParams"/>: refuse fields the provider's
/// API does not define (as OpenAI does) instead of forwarding them. <see cref="ExactCache"/>: answer a request that
/// is the same as an earlier one (every field that changes the answer) from a stored answer, for
/// <see cref="ExactCacheTtl"/>; a request may turn it on or off for itself (<c>x-llmactors-cache</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("projects.settings")]
public sealed record ProjectSettings(
    [property: Id(0)] bool StrictParams = false,
    [property: Id(1)] bool ExactCache = false,
    [property: Id(2)] TimeSpan ExactCacheTtl = default)
{
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromHours(1);

    public static readonly TimeSpan LongestTtl = TimeSpan.FromDays(7);

    public static readonly ProjectSettings Default = new(ExactCacheTtl: DefaultTtl);
}
