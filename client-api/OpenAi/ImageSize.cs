using System.Buffers.Binary;

namespace LlmActors.Api.OpenAi;

/// <summary>Reads an image's pixel size from its header (PNG, JPEG, GIF, WebP), as a provider does before it tiles it.</summary>
public static class ImageSize
{
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> image)
    {
        if (image.Length >= 24 && image[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ((int)BinaryPrimitives.ReadUInt32BigEndian(image[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(image[20..]));
        }

        if (image.Length >= 10 && (image.StartsWith("GIF87a"u8) || image.StartsWith("GIF89a"u8)))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(image[6..]), BinaryPrimitives.ReadUInt16LittleEndian(image[8..]));
        }

        if (image.Length >= 30 && image.StartsWith("RIFF"u8) && image[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(image);
        }

        return image.Length >= 4 && image[0] == 0xFF && image[1] == 0xD8 ? Jpeg(image) : null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> image)
    {
        var chunk = image[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return (1 + (image[24] | image[25] << 8 | image[26] << 16), 1 + (image[27] | image[28] << 8 | image[29] << 16));
        }

        if (chunk.SequenceEqual("VP8 "u8))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(image[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(image[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && image.Length >= 25)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(image[21..]);
            return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        return null;
    }

    private static (int, int)? Jpeg(ReadOnlySpan<byte> image)
    {
        var i = 2;
        while (i + 9 < image.Length)
        {
            if (image[i] != 0xFF)
            {
                return null;
            }

            var marker = image[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(image[(i + 2)..]);
            // Start-of-frame markers carry the size; C4 (huffman tables), C8 and CC are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(image[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(image[(i + 5)..]));
            }

            i += 2 + length;
        }

        return null;
    }
}
