namespace LlmActors.ModelSim.Text;

internal static class CjkText
{
    /// <summary>CJK unified ideographs (the common block and extension A), enough to tell Chinese from English.</summary>
    public static bool IsIdeograph(char c) => c is (>= '\u4e00' and <= '\u9fff') or (>= '\u3400' and <= '\u4dbf');

    public static bool ContainsIdeograph(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsIdeograph(c))
            {
                return true;
            }
        }

        return false;
    }
}
