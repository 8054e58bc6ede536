namespace LlmActors.ModelSim.Contracts;

/// <summary>
/// A prompt or embeddings input: a string, an array of strings, an array of token ids, or an array of
/// token-id arrays. Exactly one of <see cref="Texts"/> and <see cref="Tokens"/> is set. <see cref="Flat"/> marks a
/// single item (a string, or one flat token array) rather than an array of items, so errors name <c>input</c>, not <c>input[0]</c>.
/// </summary>
internal sealed record TextOrTokens(List<string>? Texts, List<int[]>? Tokens, bool Flat)
{
    public int Count => Texts?.Count ?? Tokens!.Count;
}
