namespace LlmActors.ModelSim.Completions;

/// <summary>
/// Fill-in-the-middle templates a plain prompt may carry: Qwen / StarCoder
/// <c>&lt;|fim_prefix|&gt;P&lt;|fim_suffix|&gt;S&lt;|fim_middle|&gt;</c> (and StarCoder's pipe-less
/// <c>&lt;fim_prefix&gt;</c>), CodeLlama <c>&lt;PRE&gt; P &lt;SUF&gt;S &lt;MID&gt;</c> and DeepSeek
/// <c>&lt;｜fim▁begin｜&gt;P&lt;｜fim▁hole｜&gt;S&lt;｜fim▁end｜&gt;</c>. Anything before the prefix marker
/// (repository context) is ignored.
/// </summary>
internal static class FimPrompt
{
    private static readonly (string Prefix, string Suffix, string Middle)[] Templates =
    [
        ("<|fim_prefix|>", "<|fim_suffix|>", "<|fim_middle|>"),
        ("<fim_prefix>", "<fim_suffix>", "<fim_middle>"),
        ("<PRE>", "<SUF>", "<MID>"),
        ("<｜fim▁begin｜>", "<｜fim▁hole｜>", "<｜fim▁end｜>"),
    ];

    public static bool TryParse(string prompt, out string prefix, out string suffix)
    {
        foreach (var (p, s, m) in Templates)
        {
            var start = prompt.IndexOf(p, StringComparison.Ordinal);
            var hole = start < 0 ? -1 : prompt.IndexOf(s, start + p.Length, StringComparison.Ordinal);
            var end = hole < 0 ? -1 : prompt.IndexOf(m, hole + s.Length, StringComparison.Ordinal);
            if (end >= 0)
            {
                prefix = prompt[(start + p.Length)..hole];
                suffix = prompt[(hole + s.Length)..end];
                if (p == "<PRE>")
                {
                    // CodeLlama's template puts one space after <PRE>, before <SUF> and before <MID>.
                    prefix = prefix.StartsWith(' ') ? prefix[1..] : prefix;
                    prefix = prefix.EndsWith(' ') ? prefix[..^1] : prefix;
                    suffix = suffix.EndsWith(' ') ? suffix[..^1] : suffix;
                }

                return true;
            }
        }

        (prefix, suffix) = ("", "");
        return false;
    }
}
