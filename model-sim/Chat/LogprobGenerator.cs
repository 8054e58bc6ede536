using System.Text;
using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Chat;

/// <summary>
/// Deterministic log probabilities for each o200k token of a text: values ≤ 0 (mostly near 0, as a confident
/// model's are), and <c>top_logprobs</c> that start with the chosen token and continue with common tokens at
/// strictly lower values.
/// </summary>
internal static class LogprobGenerator
{
    private static readonly string[] Alternatives =
    [
        " the", " a", ",", ".", " and", " to", " of", " is", " in", " it", " that", "\n", " you", " this", ":",
        " I", " for", " on", " with", " be", " as",
    ];

    public static List<PositionedLogprob> For(string text, ulong seed, int top)
    {
        var ends = TokenPieces.Ends(text);
        var entries = new List<PositionedLogprob>(ends.Length);
        var start = 0;
        for (var i = 0; i < ends.Length; i++)
        {
            var token = text[start..ends[i]];
            var hash = StableHash.Of(token, seed ^ (ulong)i);
            var unit = StableHash.Unit(hash);
            var logprob = Math.Round(-(unit * unit * 4), 6);
            var alternatives = new List<TopLogprob>(top);
            if (top > 0)
            {
                alternatives.Add(new TopLogprob(token, logprob, Bytes(token)));
            }

            var next = logprob;
            for (var k = 0; alternatives.Count < top && k < Alternatives.Length; k++)
            {
                var alternative = Alternatives[(int)((hash + (ulong)k) % (ulong)Alternatives.Length)];
                if (alternative != token && alternatives.All(a => a.Token != alternative))
                {
                    next = Math.Round(next - 0.5 - StableHash.Unit(StableHash.Mix(hash + (ulong)k)), 6);
                    alternatives.Add(new TopLogprob(alternative, next, Bytes(alternative)));
                }
            }

            entries.Add(new PositionedLogprob(start, new TokenLogprob(token, logprob, Bytes(token), alternatives)));
            start = ends[i];
        }

        return entries;
    }

    private static int[] Bytes(string token) => Array.ConvertAll(Encoding.UTF8.GetBytes(token), b => (int)b);
}
