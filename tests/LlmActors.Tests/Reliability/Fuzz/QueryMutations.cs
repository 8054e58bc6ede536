namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>Query parameters removed, emptied, repeated, oversized, mistyped or out of range; an unknown one added.</summary>
public static class QueryMutations
{
    private static readonly (string Name, string Raw)[] Values =
    [
        ("empty", ""),
        ("word", "abc"),
        ("negative", "-1"),
        ("huge number", "99999999999999999999999"),
        ("year 9999", "9999-12-31T23:59:59Z"),
        ("year 1", "0001-01-01"),
        ("unicode", "%E4%B8%AD%E6%96%87"),
        ("broken escape", "%ZZ"),
        ("encoded NUL", "a%00b"),
        ("invalid UTF-8 escape", "%C3%28"),
        ("encoded surrogate", "%ED%A0%80"),
        ("path traversal", "..%2F..%2Fetc%2Fpasswd"),
        ("5,000 characters", new string('a', 5_000)),
    ];

    public static IEnumerable<FuzzInput> Of(FuzzTarget target)
    {
        var path = target.Values.Path(target.Route);
        yield return target.Valid("query", "unknown parameter") with { PathAndQuery = target.ValidPath + (target.Route.ValidQuery is null ? "?" : "&") + "zzUnknown=1" };
        yield return target.Valid("query", "bare question mark") with { PathAndQuery = path + "?" };
        if (target.Route.ValidQuery is not { } query)
        {
            yield break;
        }

        var pairs = query.Split('&').Select(p => p.Split('=', 2)).Select(p => (Name: p[0], Value: p[1])).ToArray();
        foreach (var (name, _) in pairs)
        {
            yield return target.Valid("query", $"{name} removed") with { PathAndQuery = path + "?" + Join(pairs.Where(p => p.Name != name)) };
            yield return target.Valid("query", $"{name} repeated") with { PathAndQuery = path + "?" + query + "&" + name + "=x" };
            yield return target.Valid("query", $"{name} without =") with { PathAndQuery = path + "?" + Join(pairs.Where(p => p.Name != name)) + "&" + name };
            foreach (var (description, raw) in Values)
            {
                var changed = pairs.Select(p => p.Name == name ? (p.Name, Value: raw) : p);
                yield return target.Valid("query", $"{name} = {description}") with { PathAndQuery = path + "?" + Join(changed) };
            }
        }
    }

    private static string Join(IEnumerable<(string Name, string Value)> pairs) => string.Join('&', pairs.Select(p => $"{p.Name}={p.Value}"));
}
