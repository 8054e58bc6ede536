namespace LlmActors.ModelSim.Media;

/// <summary>
/// The simulator's audio rule, from the byte length alone: a clip lasts bytes / 32,000 s as WAV (16 kHz, 16-bit
/// mono) or bytes / 16,000 s as MP3 (128 kbit/s), and costs 10 tokens a second (one per 100 ms, as OpenAI bills
/// user audio), at least 1. Answers spoken with <c>modalities: ["audio"]</c> cost 6 audio tokens per transcript token.
/// </summary>
internal static class AudioTokens
{
    public const int PerTranscriptToken = 6;

    public static double Seconds(int bytes, string format) => bytes / (format == "wav" ? 32_000.0 : 16_000.0);

    public static int Count(int bytes, string format) => Math.Max(1, (int)Math.Ceiling(Seconds(bytes, format) * 10));
}
