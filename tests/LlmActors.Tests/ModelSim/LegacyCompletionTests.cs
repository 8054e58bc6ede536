using System.Text;
using System.Text.Json;

namespace LlmActors.Tests.ModelSim;

/// <summary>Legacy <c>/v1/completions</c>: OpenAI's shape, fill-in-the-middle by suffix and by template, streaming.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class LegacyCompletionTests(SimulatorHost host)
{
    private const string Prefix = "public int Total(int[] orders)\n{\n    ";
    private const string Suffix = "\n    return total;\n}\n";

    private static string Fim(bool stream = false) =>
        JsonSerializer.Serialize(new { model = "sim-code", prompt = Prefix, suffix = Suffix, max_tokens = 200, stream, stream_options = stream ? new { include_usage = true } : null });

    [Fact]
    public async Task A_plain_prompt_gets_a_text_completion_in_openai_legacy_shape_with_16_tokens_by_default()
    {
        var answer = await host.PostAsync("completions", """{"model":"sim-large","prompt":"Once upon a time"}""");

        Assert.StartsWith("cmpl-", answer.GetProperty("id").GetString());
        Assert.Equal("text_completion", answer.GetProperty("object").GetString());
        Assert.Equal("sim-large", answer.GetProperty("model").GetString());
        var choice = Assert.Single(answer.GetProperty("choices").EnumerateArray());
        Assert.Equal(0, choice.GetProperty("index").GetInt32());
        Assert.Equal("length", choice.GetProperty("finish_reason").GetString());
        Assert.Equal(JsonValueKind.Null, choice.GetProperty("logprobs").ValueKind);
        Assert.StartsWith("[sim-large]", choice.GetProperty("text").GetString());
        Assert.Equal(16, answer.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public async Task A_suffix_gets_code_that_fits_between_prefix_and_suffix()
    {
        var middle = (await host.PostAsync("completions", Fim())).GetProperty("choices")[0].GetProperty("text").GetString()!;

        Assert.StartsWith("// [sim-code] simulated completion\n", middle);
        Assert.False(middle.EndsWith('\n'), "the suffix starts with a newline: the middle must not add another");
        var lines = middle.Split('\n');
        Assert.All(lines.Skip(1), line => Assert.StartsWith("    ", line));
        Assert.DoesNotContain(lines, line => line.Trim() is "}" or "return total;");
        Assert.True(lines.Length >= 3);
    }

    [Fact]
    public async Task A_suffix_starting_with_a_closing_brace_gets_no_brace_of_its_own()
    {
        var body = JsonSerializer.Serialize(new { model = "sim-code", prompt = "if (ready) {\n    ", suffix = "}\n", max_tokens = 200 });
        var middle = (await host.PostAsync("completions", body)).GetProperty("choices")[0].GetProperty("text").GetString()!;

        Assert.EndsWith("\n", middle);
        Assert.DoesNotContain(middle.Split('\n'), line => line.Trim() == "}");

        var opened = JsonSerializer.Serialize(new { model = "sim-code", prompt = "if (ready) {", suffix = "\n}\n", max_tokens = 200 });
        var inner = (await host.PostAsync("completions", opened)).GetProperty("choices")[0].GetProperty("text").GetString()!;
        Assert.StartsWith("\n    // [sim-code]", inner);
        Assert.DoesNotContain(inner.Split('\n'), line => line.Trim() == "}");
    }

    [Fact]
    public async Task A_cursor_mid_line_completes_only_the_span_the_suffix_leaves_open()
    {
        var body = JsonSerializer.Serialize(new { model = "sim-code", prompt = "var total = Sum(", suffix = ");\nreturn total;", max_tokens = 50 });
        var middle = (await host.PostAsync("completions", body)).GetProperty("choices")[0].GetProperty("text").GetString()!;

        Assert.Equal("value", middle);
    }

    [Fact]
    public async Task A_streamed_fill_in_the_middle_equals_the_whole_one_and_ends_with_usage_and_done()
    {
        var whole = await host.PostAsync("completions", Fim());
        var (events, done) = await host.StreamAsync("completions", Fim(stream: true));

        Assert.True(done);
        Assert.All(events, e => Assert.Equal("text_completion", e.GetProperty("object").GetString()));
        var choices = events.Where(e => e.GetProperty("choices").GetArrayLength() > 0).Select(e => e.GetProperty("choices")[0]).ToList();
        Assert.True(choices.Count > 5);
        Assert.Equal(whole.GetProperty("choices")[0].GetProperty("text").GetString(), string.Concat(choices.Select(c => c.GetProperty("text").GetString())));
        Assert.Equal("stop", choices[^1].GetProperty("finish_reason").GetString());
        Assert.All(choices.SkipLast(1), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("finish_reason").ValueKind));
        Assert.Equal(whole.GetProperty("usage").GetProperty("completion_tokens").GetInt32(), events[^1].GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }

    [Theory]
    [InlineData("<|fim_prefix|>def total(orders):\n    <|fim_suffix|>\n    return result\n<|fim_middle|>")]
    [InlineData("<|repo_name|>shop\n<|file_sep|>cart.py\n<fim_prefix>def total(orders):\n    <fim_suffix>\n    return result\n<fim_middle>")]
    [InlineData("<PRE> def total(orders):\n     <SUF>\n    return result\n <MID>")]
    public async Task Fim_templates_in_a_plain_prompt_get_the_middle(string prompt)
    {
        var body = JsonSerializer.Serialize(new { model = "sim-small", prompt, max_tokens = 200 });
        var middle = (await host.PostAsync("completions", body)).GetProperty("choices")[0].GetProperty("text").GetString()!;

        Assert.StartsWith("# [sim-small] simulated completion\n    ", middle);
        Assert.DoesNotContain("<", middle.Replace("<=", "", StringComparison.Ordinal));
        Assert.DoesNotContain("return result", middle);
        Assert.False(middle.EndsWith('\n'));
    }

    [Fact]
    public async Task Max_tokens_0_with_echo_answers_the_prompt_alone()
    {
        var answer = await host.PostAsync("completions", """{"model":"sim-code","prompt":"Alpha","echo":true,"max_tokens":0}""");

        var choice = answer.GetProperty("choices")[0];
        Assert.Equal("Alpha", choice.GetProperty("text").GetString());
        Assert.Equal("length", choice.GetProperty("finish_reason").GetString());
        Assert.Equal(0, answer.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public async Task Prompt_arrays_n_echo_and_logprobs_follow_the_legacy_rules()
    {
        var answer = await host.PostAsync("completions", """{"model":"sim-small","prompt":["Alpha","Beta"],"n":2,"echo":true,"logprobs":2,"max_tokens":5}""");

        var choices = answer.GetProperty("choices").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2, 3], choices.Select(c => c.GetProperty("index").GetInt32()));
        Assert.StartsWith("Alpha", choices[1].GetProperty("text").GetString());
        Assert.StartsWith("Beta", choices[2].GetProperty("text").GetString());
        var logprobs = choices[0].GetProperty("logprobs");
        Assert.Equal(5, logprobs.GetProperty("tokens").GetArrayLength());
        Assert.All(logprobs.GetProperty("token_logprobs").EnumerateArray(), l => Assert.True(l.GetDouble() <= 0));
        Assert.All(logprobs.GetProperty("top_logprobs").EnumerateArray(), t => Assert.Equal(2, t.EnumerateObject().Count()));
        Assert.Equal("Alpha".Length, logprobs.GetProperty("text_offset")[0].GetInt32());
        Assert.Equal(20, answer.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }
}
