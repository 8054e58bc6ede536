namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>Byte sequences that are not UTF-8: what a broken client or a hostile one puts inside a JSON string.</summary>
public static class InvalidUtf8
{
    public static readonly IReadOnlyList<(string Name, byte[] Bytes)> Sequences =
    [
        ("byte 0xFF", [0xFF]),
        ("lone continuation byte", [0x80]),
        ("truncated two-byte sequence", [0xC3]),
        ("overlong slash", [0xC0, 0xAF]),
        ("UTF-8 encoded surrogate", [0xED, 0xA0, 0x80]),
        ("code point past U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
    ];
}
