using System.Runtime.Intrinsics;

namespace LlmActors.Grains.Caching;

/// <summary>
/// Dot product of two 8-bit code vectors accumulated in 32 bits. A lookup is bound by memory bandwidth, and
/// 8-bit rows are a quarter of the bytes of float rows; TensorPrimitives has no widening integer dot product.
/// Codes are within ±127, so each product fits a 16-bit lane before widening.
/// </summary>
public static class Int8Dot
{
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var i = 0;
        var total = 0;
        if (Vector256.IsHardwareAccelerated && a.Length >= Vector256<sbyte>.Count)
        {
            var sum = Vector256<int>.Zero;
            for (; i <= a.Length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                var (aLow, aHigh) = Vector256.Widen(Vector256.Create(a.Slice(i, Vector256<sbyte>.Count)));
                var (bLow, bHigh) = Vector256.Widen(Vector256.Create(b.Slice(i, Vector256<sbyte>.Count)));
                var (p0, p1) = Vector256.Widen(aLow * bLow);
                var (p2, p3) = Vector256.Widen(aHigh * bHigh);
                sum += p0 + p1 + p2 + p3;
            }

            total = Vector256.Sum(sum);
        }

        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
