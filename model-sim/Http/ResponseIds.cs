namespace LlmActors.ModelSim.Http;

internal static class ResponseIds
{
    /// <summary>An OpenAI-looking id such as "chatcmpl-sim3f2a…": unique per response, marked as simulated.</summary>
    public static string New(string prefix) =>
        string.Create(prefix.Length + 4 + 24, prefix, static (span, prefix) =>
        {
            prefix.AsSpan().CopyTo(span);
            "sim-".AsSpan().CopyTo(span[prefix.Length..]);
            var hex = span[(prefix.Length + 4)..];
            Span<byte> bytes = stackalloc byte[12];
            Random.Shared.NextBytes(bytes);
            Convert.TryToHexStringLower(bytes, hex, out _);
        });

    public static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
