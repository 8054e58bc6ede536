using LlmActors.Api.OpenAi.Wire;

namespace LlmActors.Api.OpenAi;

/// <summary>
/// What images, audio and files cost in prompt tokens, for the budget estimate (the commit uses the provider's usage).
/// Images follow OpenAI's published rule for its GPT-4o-class models: 85 tokens at low detail; otherwise the image is
/// scaled to fit 2048×2048, then so its shortest side is at most 768, and each 512-pixel tile costs 170 plus 85 once.
/// An image whose size cannot be read (a URL) is estimated at the rule's largest result, so the estimate never falls
/// short. Audio and files have no published per-byte rule; both are estimated high from their size.
/// </summary>
public static class MediaTokens
{
    public const int LowDetail = 85;
    private const int PerTile = 170;

    /// <summary>768 × 2048 after scaling: 2 × 4 tiles.</summary>
    public const int LargestImage = (8 * PerTile) + LowDetail;

    /// <summary>A file given by id (its size unknown here).</summary>
    public const int FileById = 8192;

    public static int Image(ImageUrlHead image)
    {
        if (image.Detail == "low")
        {
            return LowDetail;
        }

        return DataUrlBytes(image.Url) is { } bytes && ImageSize.Read(bytes) is var (width, height) && width > 0 && height > 0
            ? HighDetail(width, height)
            : LargestImage;
    }

    public static int HighDetail(int width, int height)
    {
        double w = width, h = height;
        var fit = Math.Min(1.0, 2048.0 / Math.Max(w, h));
        (w, h) = (w * fit, h * fit);
        var shortest = Math.Min(w, h);
        if (shortest > 768)
        {
            (w, h) = (w * 768 / shortest, h * 768 / shortest);
        }

        var tiles = (int)Math.Ceiling(w / 512) * (int)Math.Ceiling(h / 512);
        return (tiles * PerTile) + LowDetail;
    }

    /// <summary>About one token per kilobyte of encoded audio: above what speech models bill for common formats.</summary>
    public static int Audio(InputAudioHead audio) => 1 + (Base64Bytes(audio.Data) / 1000);

    /// <summary>A file's bytes over four (text-dense documents); by id, a fixed allowance.</summary>
    public static int File(FileHead file) => file.FileData is { } data ? 1 + (Base64Bytes(DataPart(data)) / 4) : FileById;

    private static byte[]? DataUrlBytes(string? url)
    {
        if (url is null || !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The header is at the start: a few kilobytes of base64 hold it for PNG, GIF and WebP, and most JPEGs.
        var data = DataPart(url);
        var prefix = data.Length > 65536 ? data[..65536] : data;
        var buffer = new byte[(prefix.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(prefix.Length % 4 == 0 ? prefix : prefix[..(prefix.Length - (prefix.Length % 4))], buffer, out var written)
            ? buffer[..written]
            : null;
    }

    private static string DataPart(string dataUrl) => dataUrl.IndexOf(',') is var comma and >= 0 ? dataUrl[(comma + 1)..] : dataUrl;

    private static int Base64Bytes(string? base64) => base64 is null ? 0 : base64.Length * 3 / 4;
}
