namespace LlmActors.Grains.Code;

/// <summary>A cache answer: the completion still to insert (for a typed-through entry, what is left of it).</summary>
public sealed record CacheMatch(string Completion, string Model, bool Exact);
