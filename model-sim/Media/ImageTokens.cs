namespace LlmActors.ModelSim.Media;

/// <summary>
/// OpenAI's published image-token rule (GPT-4o family): <c>low</c> costs 85 tokens. <c>high</c> and <c>auto</c>
/// scale the image to fit in 2048×2048, then down so its shortest side is 768 px, and cost 170 per 512-px tile
/// plus 85. An image given by URL has a size the simulator does not fetch: it is costed as 1024×1024 (765).
/// </summary>
internal static class ImageTokens
{
    public const int UnknownSide = 1024;

    public static int Count(string detail, int width, int height)
    {
        if (detail == "low")
        {
            return 85;
        }

        double w = width, h = height;
        var fit = 2048 / Math.Max(w, h);
        if (fit < 1)
        {
            (w, h) = (w * fit, h * fit);
        }

        var shortest = 768 / Math.Min(w, h);
        if (shortest < 1)
        {
            (w, h) = (w * shortest, h * shortest);
        }

        var tiles = (int)Math.Ceiling(w / 512) * (int)Math.Ceiling(h / 512);
        return (170 * tiles) + 85;
    }
}
