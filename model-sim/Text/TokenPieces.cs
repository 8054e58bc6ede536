namespace LlmActors.ModelSim.Text;

/// <summary>Where o200k_base splits a text, as character offsets: streamed JSON and tool arguments arrive a token at a time.</summary>
internal static class TokenPieces
{
    /// <summary>
    /// The end offset of each token, ascending, the last equal to the length. A character split over two byte-level
    /// tokens ends one piece, so every piece is non-empty text.
    /// </summary>
    public static int[] Ends(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var tokens = SimTokenizer.Instance.EncodeToTokens(text, out _);
        var ends = new List<int>(tokens.Count);
        foreach (var token in tokens)
        {
            var end = Math.Min(token.Offset.End.GetOffset(text.Length), text.Length);
            if (end > (ends.Count == 0 ? 0 : ends[^1]))
            {
                ends.Add(end);
            }
        }

        if (ends.Count == 0 || ends[^1] != text.Length)
        {
            ends.Add(text.Length);
        }

        return ends.ToArray();
    }
}
