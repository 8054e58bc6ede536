namespace LlmActors.ModelSim.Media;

/// <summary><c>data:[media type][;base64],payload</c>, the inline form of images and files.</summary>
internal static class DataUrl
{
    public static bool IsDataUrl(string url) => url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The decoded bytes of a base64 data URL; false when it is not one or the payload is not base64.</summary>
    public static bool TryDecode(string url, out string mediaType, out byte[] bytes)
    {
        mediaType = "";
        bytes = [];
        var comma = url.IndexOf(',');
        if (!IsDataUrl(url) || comma < 0)
        {
            return false;
        }

        var header = url.AsSpan(5, comma - 5);
        if (!header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        mediaType = header[..^7].ToString();
        return TryBase64(url.AsSpan(comma + 1), out bytes);
    }

    public static bool TryBase64(ReadOnlySpan<char> text, out byte[] bytes)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        if (Convert.TryFromBase64Chars(text, buffer, out var written))
        {
            bytes = buffer.AsSpan(0, written).ToArray();
            return true;
        }

        bytes = [];
        return false;
    }
}
