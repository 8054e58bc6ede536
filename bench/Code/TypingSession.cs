namespace LlmActors.Bench.Code;

/// <summary>
/// A deterministic editing session over one real file, as a seed dictates: open the file and ask for the
/// first suggestion at the cursor; then at a few places, write a piece of the line that is really there
/// (removed first, typed back key by key); the editor asks after each pause longer than the debounce, and the
/// user waits for the suggestion at the end of each burst; now and then a typo is typed and deleted.
/// </summary>
public static class TypingSession
{
    public const int DebounceMs = 250;
    private const int Sites = 3;

    public static (string Path, IReadOnlyList<IdeAction> Actions) Create(IReadOnlyList<SourceFile> files, int seed)
    {
        var random = new Random(seed);
        var file = files[random.Next(files.Count)];
        var content = file.Content;
        var actions = new List<IdeAction>();
        for (var site = 0; site < Sites; site++)
        {
            var (cursor, target) = PickSite(content, random);
            content = content.Remove(cursor, target.Length);
            if (site == 0)
            {
                actions.Add(IdeAction.Open(content, cursor));
                actions.Add(IdeAction.Pause(random.Next(300, 1500)));
                actions.Add(IdeAction.Ask(content, cursor, wait: true));
            }

            actions.Add(IdeAction.Pause(random.Next(300, 900)));
            for (var i = 0; i < target.Length; i++)
            {
                content = content.Insert(cursor, target[i].ToString());
                cursor++;
                var last = i == target.Length - 1;
                var gap = last ? int.MaxValue : KeyGap(random);
                if (gap <= DebounceMs)
                {
                    actions.Add(IdeAction.Pause(gap));
                    continue;
                }

                actions.Add(IdeAction.Pause(DebounceMs));
                actions.Add(IdeAction.Ask(content, cursor, wait: last));
                if (!last)
                {
                    actions.Add(IdeAction.Pause(gap - DebounceMs));
                }
            }

            actions.Add(IdeAction.Pause(random.Next(300, 1000)));
            if (random.NextDouble() < 0.25)
            {
                // A typo, seen in the suggestion's light and deleted: back to a context already asked for.
                actions.Add(IdeAction.Pause(DebounceMs));
                actions.Add(IdeAction.Ask(content.Insert(cursor, "x"), cursor + 1, wait: true));
                actions.Add(IdeAction.Pause(random.Next(200, 600) + DebounceMs));
                actions.Add(IdeAction.Ask(content, cursor, wait: true));
            }
        }

        return (file.Path, actions);
    }

    /// <summary>Between keys: mostly quick typing, sometimes a hesitation longer than the debounce.</summary>
    private static int KeyGap(Random random) => random.NextDouble() < 0.15 ? random.Next(300, 800) : random.Next(80, 220);

    /// <summary>A place inside a non-trivial line, and the 3 to 10 characters after it that the user will type.</summary>
    private static (int Cursor, string Target) PickSite(string content, Random random)
    {
        var lines = new List<(int Start, int Length)>();
        var start = 0;
        for (var i = 0; i <= content.Length; i++)
        {
            if (i == content.Length || content[i] == '\n')
            {
                var length = i - start;
                if (length > 0 && content[start + length - 1] == '\r')
                {
                    length--;
                }

                var text = content.AsSpan(start, length);
                if (text.Trim().Length >= 12)
                {
                    lines.Add((start, length));
                }

                start = i + 1;
            }
        }

        var (lineStart, lineLength) = lines[random.Next(lines.Count)];
        var indent = content.AsSpan(lineStart, lineLength).Length - content.AsSpan(lineStart, lineLength).TrimStart().Length;
        var from = lineStart + indent + random.Next(1, Math.Max(2, lineLength - indent - 3));
        var take = Math.Min(random.Next(3, 11), lineStart + lineLength - from);
        return (from, content.Substring(from, Math.Max(1, take)));
    }
}
