#pragma warning disable OPENAI001 // the SDK's evaluation APIs (audio, files, reasoning) are the surface under test

using System.IO.Compression;
using System.Text;
using Microsoft.ML.Tokenizers;
using OpenAI.Chat;

namespace LlmActors.Tests.ModelSim;

/// <summary>Image, audio and file parts: priced by the published rules, acknowledged in the answer.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class MediaTests(SimulatorHost host)
{
    private const string Question = "What is in this picture?";
    private static readonly Tokenizer O200k = TiktokenTokenizer.CreateForEncoding("o200k_base");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static int TextOnly => 3 + 3 + O200k.CountTokens(Question);

    [Theory]
    [InlineData(1000, 500, "high", 425)]
    [InlineData(1000, 500, "low", 85)]
    [InlineData(4096, 2048, "high", 1105)]
    [InlineData(200, 100, "auto", 255)]
    public async Task A_png_data_url_costs_the_published_image_tokens_for_its_real_size(int width, int height, string detail, int imageTokens)
    {
        var part = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(Png(width, height)), "image/png", new ChatImageDetailLevel(detail));
        var completion = (await host.Chat("sim-small").CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart(Question), part)], cancellationToken: Token)).Value;

        Assert.Equal(TextOnly + imageTokens, completion.Usage.InputTokenCount);
        Assert.Contains($"I see an image ({width}×{height}, {detail} detail).", completion.Content[0].Text);
    }

    [Fact]
    public async Task An_image_url_of_unknown_size_is_costed_as_1024_square()
    {
        async Task<int> Tokens(ChatImageDetailLevel detail) => (await host.Chat("sim-small").CompleteChatAsync(
            [new UserChatMessage(ChatMessageContentPart.CreateTextPart(Question), ChatMessageContentPart.CreateImagePart(new Uri("https://example.com/cat.jpg"), detail))],
            cancellationToken: Token)).Value.Usage.InputTokenCount;

        Assert.Equal(TextOnly + 765, await Tokens(ChatImageDetailLevel.High));
        Assert.Equal(TextOnly + 85, await Tokens(ChatImageDetailLevel.Low));
    }

    [Fact]
    public async Task Audio_input_is_counted_from_its_length_and_reported_as_audio_tokens()
    {
        // 64,000 bytes of WAV is two seconds: 20 tokens by the simulator's rule.
        var audio = ChatMessageContentPart.CreateInputAudioPart(BinaryData.FromBytes(new byte[64_000]), ChatInputAudioFormat.Wav);
        var completion = (await host.Chat("sim-small").CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart(Question), audio)], cancellationToken: Token)).Value;

        Assert.Equal(20, completion.Usage.InputTokenDetails.AudioTokenCount);
        Assert.Equal(TextOnly + 20, completion.Usage.InputTokenCount);
        Assert.Contains("I hear an audio clip (wav, 2.0 s).", completion.Content[0].Text);
    }

    [Fact]
    public async Task A_file_part_is_read_and_acknowledged()
    {
        var file = ChatMessageContentPart.CreateFilePart(BinaryData.FromString(new string('x', 400)), "application/pdf", "report.pdf");
        var completion = (await host.Chat("sim-small").CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart(Question), file)], cancellationToken: Token)).Value;

        Assert.Equal(TextOnly + 100, completion.Usage.InputTokenCount);
        Assert.Contains("I read the file report.pdf.", completion.Content[0].Text);
    }

    /// <summary>A real (decodable) greyscale PNG of the given size.</summary>
    internal static byte[] Png(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        Chunk(png, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[width + 1];
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var body = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(body);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(body));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
