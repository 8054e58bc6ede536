namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// One request the fuzz suite sends. <paramref name="Authorization"/> is the raw header value (null: no header).
/// <paramref name="ParserMayRefuse"/> marks requests malformed at the HTTP level (a raw non-ASCII byte in the target
/// or a header, a request line over Kestrel's limit): Kestrel answers those itself, before any of our code runs, so
/// their 4xx cannot carry the OpenAI body; they still must not get a 5xx.
/// </summary>
public sealed record FuzzInput(
    string Kind,
    string Description,
    string Method,
    string PathAndQuery,
    byte[]? Body,
    string? ContentType,
    string? Authorization,
    bool ExpectContinue = false,
    bool ParserMayRefuse = false)
{
    /// <summary>A secret this request presents, which no answer may echo back.</summary>
    public string? PresentedSecret { get; init; }

    public override string ToString() => $"[{Kind}] {Description} — {Method} {Truncate(PathAndQuery)} body={Preview(Body)} ct={ContentType ?? "none"}";

    /// <summary>The body's first bytes, non-printable ones as \xNN, so a failing input can be replayed by hand.</summary>
    private static string Preview(byte[]? body) => body is null ? "none"
        : $"{body.Length}B '{string.Concat(body.Take(160).Select(b => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:X2}"))}'";

    private static string Truncate(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
