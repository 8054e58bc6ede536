using LlmActors.ModelSim.Chat;
using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Completions;

/// <summary>One legacy choice: the generated answer, the prompt echoed before it (or ""), and its logprobs.</summary>
internal sealed record TextChoice(int Index, Answer Answer, string Echo, List<PositionedLogprob>? Logprobs, int TopLogprobs)
{
    public string Text => Echo + Answer.Text;

    /// <summary>The legacy block for the tokens starting in [<paramref name="start"/>, <paramref name="end"/>) of the answer.</summary>
    public LegacyLogprobs? LogprobsBetween(int start, int end)
    {
        if (Logprobs is null)
        {
            return null;
        }

        var entries = Logprobs.Where(e => e.Start >= start && e.Start < end).ToList();
        return new LegacyLogprobs(
            entries.Select(e => e.Entry.Token).ToList(),
            entries.Select(e => e.Entry.Logprob).ToList(),
            entries.Select(e => e.Entry.TopLogprobs.Take(TopLogprobs).ToDictionary(t => t.Token, t => t.Logprob)).ToList(),
            entries.Select(e => Echo.Length + e.Start).ToList());
    }
}
