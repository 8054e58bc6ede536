using LlmActors.Grains.Code;

namespace LlmActors.Tests.Code;

public sealed class ContextWindowTests
{
    private static readonly ContextWindow TwoAndOne = new(linesBefore: 2, linesAfter: 1);

    private static string Lines(int count, string ending = "\n") => string.Join(ending, Enumerable.Range(1, count).Select(i => $"line{i}"));

    [Fact]
    public void Keeps_the_lines_before_and_after_the_cursor_line()
    {
        var content = Lines(10);
        var cursor = content.IndexOf("line5", StringComparison.Ordinal) + 3;

        var context = TwoAndOne.Build(content, cursor, "text");

        Assert.Equal("line3\nline4\nlin", context.Prefix);
        Assert.Equal("e5\nline6", context.Suffix);
    }

    [Fact]
    public void Defaults_keep_fifty_lines_before_and_ten_after()
    {
        var content = Lines(200);
        var cursor = content.IndexOf("line100", StringComparison.Ordinal);

        var context = new ContextWindow(50, 10).Build(content, cursor, "text");

        Assert.StartsWith("line50\n", context.Prefix, StringComparison.Ordinal);
        Assert.Equal(50, context.Prefix.Count(c => c == '\n'));
        Assert.EndsWith("\nline110", context.Suffix, StringComparison.Ordinal);
        Assert.Equal(10, context.Suffix.Count(c => c == '\n'));
    }

    [Fact]
    public void Cursor_at_start_has_no_prefix_and_at_end_no_suffix()
    {
        var content = Lines(5);

        var atStart = TwoAndOne.Build(content, 0, "text");
        var atEnd = TwoAndOne.Build(content, content.Length, "text");

        Assert.Equal("", atStart.Prefix);
        Assert.Equal("line1\nline2", atStart.Suffix);
        Assert.Equal("line3\nline4\nline5", atEnd.Prefix);
        Assert.Equal("", atEnd.Suffix);
    }

    [Fact]
    public void An_empty_file_gives_an_empty_context()
    {
        var context = TwoAndOne.Build("", 0, "text");

        Assert.Equal("", context.Prefix);
        Assert.Equal("", context.Suffix);
        Assert.Equal("\n", context.LineEnding);
    }

    [Fact]
    public void Crlf_files_hash_like_lf_files_and_keep_their_line_ending()
    {
        var lf = Lines(10);
        var crlf = Lines(10, "\r\n");

        var fromLf = TwoAndOne.Build(lf, lf.IndexOf("line5", StringComparison.Ordinal) + 2, "text");
        var fromCrlf = TwoAndOne.Build(crlf, crlf.IndexOf("line5", StringComparison.Ordinal) + 2, "text");

        Assert.Equal(fromLf.Prefix, fromCrlf.Prefix);
        Assert.Equal(fromLf.Suffix, fromCrlf.Suffix);
        Assert.Equal(fromLf.Hash, fromCrlf.Hash);
        Assert.Equal("\r\n", fromCrlf.LineEnding);
        Assert.Equal("a\r\nb", fromCrlf.ToFileEndings("a\nb"));
    }

    [Fact]
    public void A_cursor_between_cr_and_lf_counts_as_the_end_of_its_line()
    {
        var content = "one\r\ntwo\r\nthree";
        var betweenCrAndLf = content.IndexOf("\r\nthree", StringComparison.Ordinal) + 1;

        var context = TwoAndOne.Build(content, betweenCrAndLf, "text");

        Assert.Equal("one\ntwo", context.Prefix);
        Assert.Equal("\nthree", context.Suffix);
    }

    [Fact]
    public void Lone_carriage_returns_are_line_breaks()
    {
        var content = "a\rb\rc\rd\re";

        var context = TwoAndOne.Build(content, content.IndexOf('d'), "text");

        Assert.Equal("b\nc\n", context.Prefix);
        Assert.Equal("d\ne", context.Suffix);
    }

    [Fact]
    public void Edits_outside_the_window_keep_the_hash_and_edits_inside_change_it()
    {
        var content = Lines(100);
        var cursor = content.IndexOf("line60", StringComparison.Ordinal);
        var window = new ContextWindow(5, 2);
        var before = window.Build(content, cursor, "csharp");

        var farAbove = "// edited\n" + content;
        var near = content.Replace("line58", "changed", StringComparison.Ordinal);

        Assert.Equal(before.Hash, window.Build(farAbove, cursor + "// edited\n".Length, "csharp").Hash);
        Assert.NotEqual(before.Hash, window.Build(near, cursor + 1, "csharp").Hash);
        Assert.NotEqual(before.Hash, window.Build(content, cursor, "python").Hash);
    }

    [Fact]
    public void Zero_lines_keep_only_the_cursor_line()
    {
        var content = Lines(3);

        var context = new ContextWindow(0, 0).Build(content, content.IndexOf("ne2", StringComparison.Ordinal), "text");

        Assert.Equal("li", context.Prefix);
        Assert.Equal("ne2", context.Suffix);
    }

    [Fact]
    public void A_huge_line_is_capped_in_characters_nearest_the_cursor()
    {
        var minified = new string('a', 50_000) + "|" + new string('b', 50_000);
        var cursor = minified.IndexOf('|');

        var context = new ContextWindow(50, 10, maxPrefixChars: 100, maxSuffixChars: 10).Build(minified, cursor, "js");

        Assert.Equal(new string('a', 100), context.Prefix);
        Assert.Equal("|" + new string('b', 9), context.Suffix);
    }
}
