using System.Numerics.Tensors;

namespace LlmActors.Grains.Caching;

/// <summary>Symmetric 8-bit quantisation with one scale per vector, for the persisted copy of each vector.</summary>
public static class VectorCodec
{
    public static (byte[] Codes, float Scale) Encode(ReadOnlySpan<float> vector)
    {
        var max = vector.IsEmpty ? 0f : TensorPrimitives.MaxMagnitude(vector);
        var scale = max > 0 ? Math.Abs(max) / 127f : 1f;
        var codes = new byte[vector.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            codes[i] = unchecked((byte)(sbyte)Math.Round(vector[i] / scale));
        }

        return (codes, scale);
    }

    /// <summary>Decodes into <paramref name="destination"/> and renormalises to unit length.</summary>
    public static void Decode(byte[] codes, float scale, Span<float> destination)
    {
        for (var i = 0; i < codes.Length; i++)
        {
            destination[i] = unchecked((sbyte)codes[i]) * scale;
        }

        var norm = TensorPrimitives.Norm(destination[..codes.Length]);
        if (norm > 0)
        {
            TensorPrimitives.Divide(destination[..codes.Length], norm, destination[..codes.Length]);
        }
    }
}
