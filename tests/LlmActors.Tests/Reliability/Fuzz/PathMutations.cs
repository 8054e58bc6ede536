namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// Each route parameter replaced by segments with slashes, dots, percent-encoding (valid, broken, doubled, NUL),
/// unicode and lengths past every limit; plus wrong methods on the route.
/// </summary>
public static class PathMutations
{
    private static readonly (string Name, string Raw, bool ParserMayRefuse)[] Segments =
    [
        ("blank (encoded space)", "%20", false),
        ("single dot", ".", false),
        ("double dot", "..", false),
        ("encoded double dot", "%2E%2E", false),
        ("dot segment escape", "..%2F..%2Fadmin", false),
        ("encoded slash", "a%2Fb", false),
        ("real slash", "a/b", false),
        ("double-encoded slash", "a%252Fb", false),
        ("encoded NUL", "a%00b", true),
        ("broken escape", "a%ZZb", false),
        ("lone percent", "%", false),
        ("invalid UTF-8 escape", "%C3%28", false),
        ("encoded surrogate", "%ED%A0%80", false),
        ("unicode", "%E4%B8%AD%E6%96%87", false),
        ("emoji", "%F0%9F%98%80", false),
        ("raw non-ASCII", "é", true),
        ("encoded question mark", "a%3Fb", false),
        ("encoded hash", "a%23b", false),
        ("semicolon", "a;b", false),
        ("leading dash", "-a", false),
        ("300 characters", new string('a', 300), false),
        ("9,000 characters", new string('a', 9_000), true),
    ];

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

    public static IEnumerable<FuzzInput> Of(FuzzTarget target)
    {
        var query = target.Route.ValidQuery is { } q ? "?" + q : "";
        foreach (var parameter in target.Route.Parameters)
        {
            foreach (var (name, raw, parserMayRefuse) in Segments)
            {
                yield return target.Valid("path", $"{{{parameter}}} = {name}") with
                {
                    PathAndQuery = target.Values.Path(target.Route, parameter, raw) + query,
                    ParserMayRefuse = parserMayRefuse,
                };
            }
        }

        yield return target.Valid("path", "trailing slash") with { PathAndQuery = target.Values.Path(target.Route) + "/" + query };
        yield return target.Valid("path", "doubled slashes") with { PathAndQuery = target.Values.Path(target.Route).Replace("/", "//", StringComparison.Ordinal) + query };
        yield return target.Valid("path", "upper case") with { PathAndQuery = target.Values.Path(target.Route).ToUpperInvariant() + query };
        foreach (var method in Methods.Where(m => m != target.Route.Method))
        {
            yield return target.Valid("method", $"method {method}") with { Method = method };
        }
    }
}
