using System.Text;

namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>Whole-body mutations: malformed and truncated JSON, non-UTF-8 bytes, deep nesting, bodies over the limit.</summary>
public static class BodyMutations
{
    /// <summary>The API's default body limit (Api:MaxRequestBodyBytes); one byte more is refused with 413.</summary>
    public const int BodyLimit = 4 * 1024 * 1024;

    /// <summary>The default limit of the routes that carry media (Api:MaxModelRequestBodyBytes).</summary>
    public const int ModelBodyLimit = 32 * 1024 * 1024;

    private static readonly (string Name, string Text)[] Malformed =
    [
        ("empty body", ""),
        ("whitespace", "   \n"),
        ("open brace", "{"),
        ("close brace", "}"),
        ("array", "[]"),
        ("null", "null"),
        ("number", "1"),
        ("string", "\"text\""),
        ("single quotes", "{'a':1}"),
        ("missing value", "{\"a\":}"),
        ("trailing comma", "{\"a\":1,}"),
        ("comment", "{/* c */}"),
        ("NaN literal", "{\"a\":NaN}"),
        ("unquoted name", "{a:1}"),
        ("two objects", "{}{}"),
        ("form encoded", "model=sim-small&messages=hi"),
        ("deep nesting", new string('[', 10_000) + new string(']', 10_000)),
        ("deep objects", string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000)),
    ];

    public static IEnumerable<FuzzInput> Of(FuzzTarget target)
    {
        var valid = target.ValidBody ?? Encoding.UTF8.GetBytes("{}");
        foreach (var (name, text) in Malformed)
        {
            yield return Body(target, name, Encoding.UTF8.GetBytes(text));
        }

        foreach (var cut in TruncationPoints(valid.Length))
        {
            yield return Body(target, $"truncated at byte {cut} of {valid.Length}", valid[..cut]);
        }

        yield return Body(target, "valid body + trailing garbage", [.. valid, .. "}x"u8]);
        yield return Body(target, "UTF-8 byte order mark", [0xEF, 0xBB, 0xBF, .. valid]);
        yield return Body(target, "UTF-16 body", Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(valid)));
        yield return Body(target, "leading 0xFF 0xFE", [0xFF, 0xFE, .. valid]);
        yield return Body(target, "NUL bytes", [0, 0, 0, 0]);
        foreach (var (name, bytes) in InvalidUtf8.Sequences)
        {
            yield return Body(target, $"bare {name}", bytes);
        }

        yield return target.Valid("size", "body one byte over the limit, Content-Length first") with { Body = OverLimit(target.Route.BodyLimit), ExpectContinue = true };
        yield return target.Valid("size", "body at 1 MiB of JSON whitespace") with { Body = Padded(valid, 1024 * 1024) };
    }

    private static FuzzInput Body(FuzzTarget target, string description, byte[] body) =>
        target.Valid("body", description) with { Body = body, ContentType = "application/json" };

    /// <summary>Every byte for short bodies; about 40 points spread over a long one.</summary>
    private static IEnumerable<int> TruncationPoints(int length) =>
        length <= 48 ? Enumerable.Range(1, length - 1) : Enumerable.Range(1, 40).Select(i => i * length / 41).Distinct();

    private static byte[] OverLimit(int limit)
    {
        var body = new byte[limit + 1];
        Array.Fill(body, (byte)' ');
        "{\"a\":\""u8.CopyTo(body);
        body[^2] = (byte)'"';
        body[^1] = (byte)'}';
        Array.Fill(body, (byte)'a', 6, limit - 7);
        return body;
    }

    private static byte[] Padded(byte[] valid, int size)
    {
        var body = new byte[Math.Max(size, valid.Length + 1)];
        Array.Fill(body, (byte)' ');
        valid.CopyTo(body, body.Length - valid.Length);
        return body;
    }
}
