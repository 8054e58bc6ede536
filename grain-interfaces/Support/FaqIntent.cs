namespace LlmActors.Support;

/// <summary>
/// One question of a project's FAQ: an id and the ways its authors word it (any languages). The cache answers a
/// customer from another customer's answer only when both questions are clearly nearest the same intent.
/// </summary>
[GenerateSerializer, Immutable, Alias("support.faq-intent")]
public sealed record FaqIntent(
    [property: Id(0)] string Id,
    [property: Id(1)] IReadOnlyList<string> Examples);
