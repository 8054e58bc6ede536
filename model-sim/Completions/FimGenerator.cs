using System.Text;
using LlmActors.ModelSim.Chat;

namespace LlmActors.ModelSim.Completions;

/// <summary>
/// Code that fits between a prefix and a suffix: it finishes the cursor's line, goes on at the line's indentation
/// (one level deeper after a block opener), and leaves alone what the suffix already holds — no closing brace
/// when the suffix starts with one, no line the suffix already has, and nothing past the line when the suffix
/// continues it. Lines are self-contained (balanced brackets, no block openers), so the code stays well formed.
/// </summary>
internal static class FimGenerator
{
    public static void Write(AnswerBuilder answer, SimModel model, string prefix, string suffix, ref SeededRandom random)
    {
        var language = CodeLanguage.Detect(prefix + "\n" + suffix);
        var current = prefix[(prefix.LastIndexOf('\n') + 1)..];
        var indent = current[..(current.Length - current.TrimStart(' ', '\t').Length)];
        var sameLine = suffix.TrimStart(' ', '\t');
        var continuesLine = sameLine.Length > 0 && sameLine[0] is not ('\n' or '\r');
        var trimmed = current.TrimEnd();
        var opened = trimmed.EndsWith('{') || (!language.Braces && trimmed.EndsWith(':'));
        var middle = new StringBuilder();
        if (trimmed.Length > 0 && !opened)
        {
            middle.Append(LineTail(current, sameLine, language, model));
            if (continuesLine)
            {
                // The suffix finishes this line: a real model completes only the span before it.
                answer.AddTokens(middle.ToString());
                return;
            }
        }

        var body = opened ? indent + (indent.Contains('\t') ? "\t" : "    ") : indent;
        var lines = Lines(language, model, suffix, ref random);
        for (var i = 0; i < lines.Count; i++)
        {
            // On a blank indented line the prefix already holds the indentation of the first line.
            middle.Append(i == 0 && trimmed.Length == 0 ? "" : "\n" + body).Append(lines[i]);
        }

        if (opened && language.Braces && !suffix.TrimStart().StartsWith('}'))
        {
            middle.Append('\n').Append(indent).Append('}');
        }

        middle.Append(suffix.Length == 0 ? "\n"
            : suffix[0] is '\n' or '\r' ? ""
            : "\n" + (sameLine.Length > 0 && sameLine[0] is '}' or ')' or ']' ? Dedent(indent) : indent));
        answer.AddTokens(middle.ToString());
    }

    /// <summary>The label comment and a run of consecutive sample lines, skipping any the suffix already holds.</summary>
    private static List<string> Lines(CodeLanguage language, SimModel model, string suffix, ref SeededRandom random)
    {
        var taken = suffix.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var candidates = language.Lines.Where(l => SelfContained(l, language) && !taken.Contains(l.Trim())).ToArray();
        var lines = new List<string> { $"{language.Comment} {model.Label} simulated completion" };
        var count = Math.Min(candidates.Length, 2 + random.Next(4));
        var first = candidates.Length == 0 ? 0 : random.Next(candidates.Length);
        for (var i = 0; i < count; i++)
        {
            lines.Add(candidates[(first + i) % candidates.Length]);
        }

        return lines;
    }

    /// <summary>Ends the cursor's line: a value where one is missing, the brackets the line left open (unless the suffix closes them), a semicolon.</summary>
    private static string LineTail(string current, string sameLine, CodeLanguage language, SimModel model)
    {
        var trimmed = current.TrimEnd();
        var last = trimmed[^1];
        var tail = last == '.' ? "Value"
            : last is '(' or '[' or ',' or '=' or '+' or '-' or '*' or '/' or ':' or '?' or '&' or '|' or '!' or '<' or '>' || current.EndsWith(' ') ? "value"
            : "";
        var open = Unclosed(current);
        if (sameLine.Length > 0 && sameLine[0] is not ('\n' or '\r'))
        {
            return tail.Length > 0 ? tail
                : open.Length > 0 && open[0] == ')' ? ", value"
                : language.Braces ? $" /* {model.Label} */" : "";
        }

        var end = trimmed + tail + open;
        return tail + open + (language.Semicolons && end[^1] is not (';' or '{' or '}') ? ";" : "");
    }

    /// <summary>The closers for the brackets the line opens and does not close, innermost first.</summary>
    private static string Unclosed(string line)
    {
        var open = new Stack<char>();
        foreach (var c in line)
        {
            if (c is '(' or '[' or '{')
            {
                open.Push(c);
            }
            else if (c is ')' or ']' or '}' && open.Count > 0)
            {
                open.Pop();
            }
        }

        return string.Concat(open.Where(c => c != '{').Select(c => c == '(' ? ')' : ']'));
    }

    private static bool SelfContained(string line, CodeLanguage language)
    {
        var depth = 0;
        foreach (var c in line)
        {
            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0 && !char.IsWhiteSpace(line[0]) && !line.TrimEnd().EndsWith(':');
    }

    private static string Dedent(string indent) =>
        indent.EndsWith('\t') ? indent[..^1] : indent.EndsWith("    ", StringComparison.Ordinal) ? indent[..^4] : "";
}
