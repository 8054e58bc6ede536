namespace LlmActors.ModelSim.Chat;

/// <summary>Deterministic code-like completions in the language the prompt appears to be written in.</summary>
internal static class CodeGenerator
{
    public static void Write(AnswerBuilder answer, SimModel model, string prompt, ref SeededRandom random)
    {
        var language = CodeLanguage.Detect(prompt);
        answer.Add($"{language.Comment} {model.Label} simulated completion\n");
        // Consecutive lines from a random start read more like real code than independent picks.
        var lines = language.Lines;
        var count = 2 + random.Next(5);
        var first = random.Next(lines.Length);
        for (var i = 0; i < count; i++)
        {
            answer.AddWords(lines[(first + i) % lines.Length], leadingSpace: false);
            answer.Add("\n");
        }
    }
}
