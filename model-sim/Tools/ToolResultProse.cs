using LlmActors.ModelSim.Chat;

namespace LlmActors.ModelSim.Tools;

/// <summary>
/// The answer after tool results: it names each function whose result closes the conversation and quotes the
/// result, so a test (or a person) can see the round trip worked. Chinese when the user wrote Chinese.
/// </summary>
internal static class ToolResultProse
{
    private const int MaxQuote = 200;

    public static void Write(AnswerBuilder answer, ChatRequest request, ref SeededRandom random)
    {
        var names = request.Messages.SelectMany(m => m.ToolCalls).Where(c => c.Id is not null).GroupBy(c => c.Id!).ToDictionary(g => g.Key, g => g.Last().Name);
        var results = request.Messages.AsEnumerable().Reverse().TakeWhile(m => m.IsToolResult).Reverse();
        var chinese = CjkText.ContainsIdeograph(request.LastUserText);
        answer.Add(request.Model.Label + (chinese ? " " : ""));
        foreach (var result in results)
        {
            var name = result.Role == "function" ? result.Name : names.GetValueOrDefault(result.ToolCallId!, "the tool");
            var quote = Quote(result.Content);
            if (chinese)
            {
                ProseGenerator.Chunks(answer, $"根据 {name} 的结果：「{quote}」。");
            }
            else
            {
                ProseGenerator.Words(answer, $"Based on {name}: \"{quote}\".");
            }
        }

        if (chinese)
        {
            ProseGenerator.Chunks(answer, random.Pick(ChinesePhrases.Closers));
        }
        else
        {
            ProseGenerator.Words(answer, random.Pick(EnglishPhrases.Closers));
        }
    }

    private static string Quote(string content)
    {
        var line = string.Join(' ', content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length > MaxQuote ? line[..MaxQuote] + "…" : line;
    }
}
