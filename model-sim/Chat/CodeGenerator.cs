namespace LlmActors.ModelSim.Chat;

/// <summary>Deterministic code-like completions in the language the prompt appears to be written in.</summary>
internal static class CodeGenerator
{
    public static void Write(AnswerBuilder answer, SimModel model, string prompt, ref SeededRandom random)
    {
        var (lines, comment) = Language(prompt);
        answer.Add($"{comment} {model.Label} simulated completion\n");
        // Consecutive lines from a random start read more like real code than independent picks.
        var count = 2 + random.Next(5);
        var first = random.Next(lines.Length);
        for (var i = 0; i < count; i++)
        {
            answer.AddWords(lines[(first + i) % lines.Length], leadingSpace: false);
            answer.Add("\n");
        }
    }

    /// <summary>A guess from file extensions and keywords; C# when nothing else matches (this is a C# shop).</summary>
    private static (string[] Lines, string Comment) Language(string prompt)
    {
        static bool Has(string text, params string[] markers) => markers.Any(m => text.Contains(m, StringComparison.Ordinal));

        if (Has(prompt, ".cs", "namespace ", "using System", "public sealed ", "private readonly "))
        {
            return (CodeLines.CSharp, "//");
        }

        if (Has(prompt, ".py", "def ", "import ", "self.", "elif ", "python"))
        {
            return (CodeLines.Python, "#");
        }

        if (Has(prompt, ".go", "func ", "package ", ":= "))
        {
            return (CodeLines.Go, "//");
        }

        if (Has(prompt, ".rs", "fn ", "let mut ", "impl "))
        {
            return (CodeLines.Rust, "//");
        }

        if (Has(prompt, ".js", ".ts", "function ", "const ", "console.", "=> {"))
        {
            return (CodeLines.JavaScript, "//");
        }

        return (CodeLines.CSharp, "//");
    }
}
