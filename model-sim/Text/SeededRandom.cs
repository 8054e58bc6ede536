namespace LlmActors.ModelSim.Text;

/// <summary>
/// A tiny deterministic generator (splitmix64): the same seed gives the same sequence everywhere, and it
/// is a struct so a request's randomness allocates nothing.
/// </summary>
internal struct SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15;
        return StableHash.Mix(_state);
    }

    public double NextDouble() => StableHash.Unit(NextUInt64());

    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>
    /// Roughly standard normal (sum of four uniforms, scaled to unit variance). Bounded at ±3.46, which keeps
    /// simulated judges from making absurd mistakes on clear cases while still erring near the middle.
    /// </summary>
    public double NextNormal()
    {
        var sum = NextDouble() + NextDouble() + NextDouble() + NextDouble() - 2.0;
        return sum * 1.7320508075688772;
    }
}
