namespace LlmActors.Tests.Code;

/// <summary>Completions through the embedded gateway and simulator, answering at once (latency scale 0).</summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class CodeCompletionTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_same_context_again_is_a_cache_hit_without_a_model_call()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-hit");

        var first = await code.Complete("src/Greeter.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        var second = await code.Complete("src/Greeter.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        Assert.False(first.Cached);
        Assert.False(string.IsNullOrWhiteSpace(first.Completion));
        Assert.Equal("sim-code", first.Model);
        Assert.True(second.Cached);
        Assert.Equal(first.Completion, second.Completion);
        var stats = await code.Stats("src/Greeter.cs", Ct);
        Assert.Equal((2, 1, 1, 0.5), (stats.Total, stats.CacheHits, stats.ModelCalls, stats.CacheHitRate));
    }

    [Fact]
    public async Task Typing_the_start_of_the_suggestion_is_served_the_rest_from_the_cache()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-typeahead");
        var suggestion = (await code.Complete("a.cs", SampleCode.Text, SampleCode.Cursor, Ct)).Completion;
        Assert.True(suggestion.Length > 3, suggestion);

        var (content, cursor) = SampleCode.Typed(suggestion[..3]);
        var rest = await code.Complete("a.cs", content, cursor, Ct);

        Assert.True(rest.Cached);
        Assert.Equal(suggestion[3..], rest.Completion);
        Assert.Equal(1, (await code.Stats("a.cs", Ct)).ModelCalls);
    }

    [Fact]
    public async Task Edits_outside_the_context_window_still_hit_and_edits_inside_miss()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-window");
        var lines = Enumerable.Range(1, 120).Select(i => $"    int field{i} = {i};").ToList();
        var file = string.Join("\n", lines);
        var cursor = file.IndexOf("int field100", StringComparison.Ordinal);
        await code.Complete("big.cs", file, cursor, Ct);

        var editedFarAbove = "// header\n" + file;
        var farAbove = await code.Complete("big.cs", editedFarAbove, cursor + "// header\n".Length, Ct);
        var editedNearby = file.Replace("int field98 =", "int renamed98 =", StringComparison.Ordinal);
        var nearby = await code.Complete("big.cs", editedNearby, cursor + 2, Ct);

        Assert.True(farAbove.Cached);
        Assert.False(nearby.Cached);
    }

    [Fact]
    public async Task A_stream_ends_with_the_whole_answer_and_done()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-stream");

        var miss = await code.Stream("s.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        var hit = await code.Stream("s.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        Assert.True(miss.Done);
        Assert.NotNull(miss.Final);
        Assert.False(miss.Final.Cached);
        Assert.False(miss.Final.TimedOut);
        Assert.Equal(miss.Final.Completion, miss.Text);
        Assert.True(hit.Done);
        Assert.True(hit.Final!.Cached);
        Assert.Equal(miss.Text, hit.Text);
    }

    [Fact]
    public async Task A_crlf_file_gets_its_completion_with_crlf_line_breaks()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-crlf");
        var crlf = SampleCode.Text.Replace("\n", "\r\n", StringComparison.Ordinal);
        var cursor = crlf.IndexOf("var greeting = ", StringComparison.Ordinal) + "var greeting = ".Length;

        var answer = await code.Complete("w.cs", crlf, cursor, Ct);

        Assert.Contains("\r\n", answer.Completion, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", answer.Completion.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_request_after_open_uses_the_prefetch_instead_of_a_second_model_call()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-open");

        await code.Open("o.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        var answer = await code.Complete("o.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        Assert.False(string.IsNullOrWhiteSpace(answer.Completion));
        var stats = await code.Stats("o.cs", Ct);
        Assert.Equal(1, stats.Total);
        Assert.Equal(1, stats.ModelCalls);
        Assert.Equal(1, stats.CacheHits + stats.Joined);
    }

    [Fact]
    public async Task One_project_cannot_see_another_projects_completions_or_stats()
    {
        using var a = await CodeClient.For(fixture.Factory, "code-tenant-a");
        using var b = await CodeClient.For(fixture.Factory, "code-tenant-b");
        await a.Complete("shared/Secret.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        await a.Complete("shared/Secret.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        var bStatsBefore = await b.Stats("shared/Secret.cs", Ct);
        var bAnswer = await b.Complete("shared/Secret.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        Assert.Equal(0, bStatsBefore.Total);
        Assert.False(bAnswer.Cached);
        Assert.Equal(2, (await a.Stats("shared/Secret.cs", Ct)).Total);
        await Eventually.Until(() => b.Stats(null, Ct), s => s.Total == 1, Ct);
        await Eventually.Until(() => a.Stats(null, Ct), s => s.Total == 2 && s.CacheHits == 1, Ct);
    }

    [Fact]
    public async Task Project_totals_add_up_the_files()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-totals");

        await code.Complete("one.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        await code.Complete("one.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        await code.Complete("two.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        var totals = await Eventually.Until(() => code.Stats(null, Ct), s => s.Total == 3, Ct);
        Assert.Null(totals.Path);
        Assert.Equal(1, totals.CacheHits);
        Assert.Equal(2, totals.ModelCalls);
        Assert.Equal(0, totals.Timeouts);
        Assert.True(totals.P99Ms >= totals.P50Ms);
    }
}
