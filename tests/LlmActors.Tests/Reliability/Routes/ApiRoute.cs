namespace LlmActors.Tests.Reliability.Routes;

/// <summary>
/// One route of the HTTP contract (API.md) with a request it accepts: the fuzz suite mutates that request, the
/// security suites send it with the wrong keys. <paramref name="Template"/> uses the route's own parameter names.
/// </summary>
public sealed record ApiRoute(string Name, string Method, string Template, RouteAuth Auth, string? ValidBody = null, string? ValidQuery = null)
{
    /// <summary>Routes whose valid request must have run first for this one's to be accepted (a conversation to read).</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>The body limit of the route: one byte more is refused with 413 (the API's defaults).</summary>
    public int BodyLimit { get; init; } = Fuzz.BodyMutations.BodyLimit;

    /// <summary>An accepted request goes on changing state after its answer (202: a file open starts a prefetch).</summary>
    public bool SettlesLater { get; init; }

    /// <summary>The route parameter this route's answer names in its <c>id</c> (a created response), for the routes seeded with it.</summary>
    public string? Captures { get; init; }

    /// <summary>
    /// The status the route's valid request gets by design, when it is a refusal (cancelling a response that is not
    /// running is a 400, as OpenAI answers it); null = the valid request must succeed.
    /// </summary>
    public int? ValidRefusal { get; init; }

    /// <summary>The error shape the route answers in: OpenAI's, or Anthropic's on the Messages door.</summary>
    public ErrorShapeKind Errors { get; init; }

    public IReadOnlyList<string> Parameters { get; } =
        [.. Template.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}'))];

    public override string ToString() => Name;
}
