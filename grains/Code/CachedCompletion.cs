namespace LlmActors.Grains.Code;

/// <summary>
/// A finished completion for one context. The prefix hash and length let a later request whose prefix is
/// this one plus a few typed characters reuse the rest of the completion (typing through it).
/// </summary>
[GenerateSerializer, Immutable, Alias("code.cached-completion")]
public sealed record CachedCompletion(
    [property: Id(0)] string Hash,
    [property: Id(1)] string PrefixHash,
    [property: Id(2)] string SuffixHash,
    [property: Id(3)] int PrefixLength,
    [property: Id(4)] string Completion,
    [property: Id(5)] string Model);
