using System.Text;
using System.Text.Json;
using OpenAI.Chat;

namespace LlmActors.Tests.ModelSim;

[Collection(SimulatorCollection.Name)]
public sealed class ChoicesAndLogprobsTests(SimulatorHost host)
{
    private const string TwoChoices = """{"model":"sim-small","n":2,"messages":[{"role":"user","content":"How do I export my data?"}]}""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task N_2_gives_two_different_choices_and_usage_counts_both()
    {
        var answer = await host.PostAsync("chat/completions", TwoChoices);
        var choices = answer.GetProperty("choices");

        Assert.Equal(2, choices.GetArrayLength());
        Assert.Equal([0, 1], choices.EnumerateArray().Select(c => c.GetProperty("index").GetInt32()));
        var texts = choices.EnumerateArray().Select(c => c.GetProperty("message").GetProperty("content").GetString()!).ToList();
        Assert.NotEqual(texts[0], texts[1]);
        Assert.All(texts, t => Assert.StartsWith("[sim-small]", t));

        var single = await host.PostAsync("chat/completions", TwoChoices.Replace("\"n\":2,", ""));
        Assert.Equal(texts[0], single.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        var singleTokens = single.GetProperty("usage").GetProperty("completion_tokens").GetInt32();
        Assert.True(answer.GetProperty("usage").GetProperty("completion_tokens").GetInt32() > singleTokens, "usage must count both completions");
        Assert.Equal(single.GetProperty("usage").GetProperty("prompt_tokens").GetInt32(), answer.GetProperty("usage").GetProperty("prompt_tokens").GetInt32());
    }

    [Fact]
    public async Task N_2_streamed_interleaves_chunks_per_choice_and_assembles_to_the_whole_choices()
    {
        var whole = await host.PostAsync("chat/completions", TwoChoices);
        var (events, done) = await host.StreamAsync("chat/completions", TwoChoices.Replace("\"n\":2,", "\"n\":2,\"stream\":true,\"stream_options\":{\"include_usage\":true},"));

        Assert.True(done);
        var texts = new[] { new StringBuilder(), new StringBuilder() };
        var finishes = new string?[2];
        var order = new List<int>();
        foreach (var chunk in events.Where(e => e.GetProperty("choices").GetArrayLength() > 0))
        {
            var choice = chunk.GetProperty("choices")[0];
            var index = choice.GetProperty("index").GetInt32();
            order.Add(index);
            if (choice.GetProperty("delta").TryGetProperty("content", out var content))
            {
                texts[index].Append(content.GetString());
            }

            if (choice.GetProperty("finish_reason").ValueKind == JsonValueKind.String)
            {
                finishes[index] = choice.GetProperty("finish_reason").GetString();
            }
        }

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(whole.GetProperty("choices")[i].GetProperty("message").GetProperty("content").GetString(), texts[i].ToString());
            Assert.Equal("stop", finishes[i]);
        }

        Assert.True(order.Take(order.Count / 2).Distinct().Count() == 2, "the two choices should be interleaved, not one after the other");
        Assert.Equal(whole.GetProperty("usage").GetProperty("completion_tokens").GetInt32(), events[^1].GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public async Task Logprobs_come_per_token_well_formed_and_the_same_when_streamed()
    {
        var options = new ChatCompletionOptions { IncludeLogProbabilities = true, TopLogProbabilityCount = 3 };
        List<ChatMessage> messages = [new UserChatMessage("Is caching worth it?")];
        var completion = (await host.Chat("sim-medium").CompleteChatAsync(messages, options, Token)).Value;

        var tokens = completion.ContentTokenLogProbabilities;
        Assert.Equal(completion.Usage.OutputTokenCount, tokens.Count);
        Assert.Equal(completion.Content[0].Text, string.Concat(tokens.Select(t => t.Token)));
        Assert.All(tokens, t =>
        {
            Assert.InRange(t.LogProbability, -100, 0);
            Assert.Equal(Encoding.UTF8.GetBytes(t.Token), t.Utf8Bytes?.ToArray());
            Assert.Equal(3, t.TopLogProbabilities.Count);
            Assert.Equal(t.Token, t.TopLogProbabilities[0].Token);
            Assert.True(t.TopLogProbabilities.Zip(t.TopLogProbabilities.Skip(1)).All(p => p.First.LogProbability > p.Second.LogProbability));
        });

        var streamed = new List<ChatTokenLogProbabilityDetails>();
        await foreach (var update in host.Chat("sim-medium").CompleteChatStreamingAsync(messages, options, Token))
        {
            streamed.AddRange(update.ContentTokenLogProbabilities);
        }

        Assert.Equal(tokens.Select(t => (t.Token, t.LogProbability)), streamed.Select(t => (t.Token, t.LogProbability)));
    }
}
