namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// Raw JSON texts put in place of a field's value: wrong types, numbers past every integer and decimal range,
/// empty, blank and over-long strings, control characters, lone surrogate escapes, deep nesting.
/// </summary>
public static class HostileValues
{
    public static readonly IReadOnlyList<(string Name, string Json)> All =
    [
        ("null", "null"),
        ("true", "true"),
        ("false", "false"),
        ("zero", "0"),
        ("minus one", "-1"),
        ("negative huge", "-9223372036854775809"),
        ("fraction", "1.5"),
        ("negative zero", "-0.0"),
        ("int32 overflow", "2147483648"),
        ("int64 max", "9223372036854775807"),
        ("int64 overflow", "9223372036854775808"),
        ("decimal overflow", "79228162514264337593543950336"),
        ("double max", "1.7976931348623157e308"),
        ("double overflow", "1e309"),
        ("underflow", "1e-400"),
        ("number as string", "\"1\""),
        ("bool as string", "\"true\""),
        ("empty string", "\"\""),
        ("blank string", "\"   \""),
        ("long string", "\"" + new string('a', 100_000) + "\""),
        ("unicode string", "\"中文 ✓ 😀 مرحبا\""),
        ("nul char", "\"a\\u0000b\""),
        ("control chars", "\"\\b\\f\\n\\r\\t\\u001b\""),
        ("lone high surrogate", "\"x\\ud800y\""),
        ("lone low surrogate", "\"\\udc00\""),
        ("path traversal", "\"../../etc/passwd\""),
        ("markup", "\"<script>alert(1)</script>\""),
        ("empty array", "[]"),
        ("array of null", "[null]"),
        ("array of numbers", "[1,2,3]"),
        ("empty object", "{}"),
        ("object", "{\"a\":{\"b\":1}}"),
        ("deep array", new string('[', 200) + new string(']', 200)),
    ];
}
