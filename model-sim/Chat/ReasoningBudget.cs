namespace LlmActors.ModelSim.Chat;

/// <summary>
/// How many tokens a reasoning model thinks before it answers, by <c>reasoning_effort</c> (medium when unset):
/// a base of 24 / 96 / 320 / 960 / 1,920 for minimal / low / medium / high / xhigh ("none" thinks not at all),
/// up to a quarter more from the seed and up to half more for a long prompt. The ranges never overlap, so more
/// effort always costs more. Models that do not reason spend nothing.
/// </summary>
internal static class ReasoningBudget
{
    public static int Tokens(ChatRequest request, int promptTokens, ulong seed)
    {
        if (!request.Model.Profile.Reasoning)
        {
            return 0;
        }

        var baseline = (request.ReasoningEffort ?? "medium") switch
        {
            "none" => 0,
            "minimal" => 24,
            "low" => 96,
            "medium" => 320,
            "high" => 960,
            _ => 1920,
        };
        if (baseline == 0)
        {
            return 0;
        }

        var random = new SeededRandom(seed ^ 0x5245_4153_4F4E);
        return baseline + random.Next((baseline / 4) + 1) + Math.Min(promptTokens / 10, baseline / 2);
    }
}
