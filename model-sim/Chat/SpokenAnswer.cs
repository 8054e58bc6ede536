using System.Buffers.Binary;
using LlmActors.ModelSim.Contracts;
using LlmActors.ModelSim.Media;

namespace LlmActors.ModelSim.Chat;

/// <summary>
/// The <c>message.audio</c> of an answer asked for with <c>modalities: ["audio"]</c>: the text becomes the
/// transcript, the data is 50 ms of silence (a WAV file; raw samples for pcm16, whatever format was asked —
/// the simulator encodes nothing), and the id expires an hour on, as OpenAI's do.
/// </summary>
internal static class SpokenAnswer
{
    private const int SampleRate = 24_000;
    private const int Samples = SampleRate / 20;

    private static readonly string Wav = Convert.ToBase64String(WavSilence());
    private static readonly string Pcm = Convert.ToBase64String(new byte[Samples * 2]);

    public static AudioResult For(string transcript, string format, ulong seed) =>
        new($"audio_sim{StableHash.Mix(seed):x16}", format == "pcm16" ? Pcm : Wav, ResponseIds.UnixNow() + 3600, transcript);

    public static int Tokens(string transcript) => SimTokenizer.Count(transcript) * AudioTokens.PerTranscriptToken;

    private static byte[] WavSilence()
    {
        var data = Samples * 2;
        var wav = new byte[44 + data];
        "RIFF"u8.CopyTo(wav);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(4), 36 + data);
        "WAVEfmt "u8.CopyTo(wav.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(22), 1);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(24), SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(28), SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(34), 16);
        "data"u8.CopyTo(wav.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(40), data);
        return wav;
    }
}
