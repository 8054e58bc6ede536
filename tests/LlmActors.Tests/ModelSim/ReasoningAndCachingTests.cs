#pragma warning disable OPENAI001 // the SDK's evaluation APIs (audio, files, reasoning) are the surface under test

using System.Text.Json;
using OpenAI.Chat;

namespace LlmActors.Tests.ModelSim;

/// <summary>Usage breakdowns: reasoning tokens, cached prompt tokens, spoken answers; service_tier and unknown fields.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class ReasoningAndCachingTests(SimulatorHost host)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reasoning_model_reports_reasoning_tokens_that_grow_with_the_effort_and_are_part_of_completion_tokens()
    {
        async Task<ChatTokenUsage> Usage(ChatReasoningEffortLevel effort) => (await host.Chat("sim-reason").CompleteChatAsync(
            [new UserChatMessage("Prove that there are infinitely many primes.")], new ChatCompletionOptions { ReasoningEffortLevel = effort }, Token)).Value.Usage;

        var low = await Usage(ChatReasoningEffortLevel.Low);
        var medium = await Usage(ChatReasoningEffortLevel.Medium);
        var high = await Usage(ChatReasoningEffortLevel.High);

        Assert.InRange(low.OutputTokenDetails.ReasoningTokenCount, 1, medium.OutputTokenDetails.ReasoningTokenCount - 1);
        Assert.InRange(medium.OutputTokenDetails.ReasoningTokenCount, 1, high.OutputTokenDetails.ReasoningTokenCount - 1);
        Assert.True(high.OutputTokenCount > high.OutputTokenDetails.ReasoningTokenCount, "completion tokens include the visible answer too");

        var plain = (await host.Chat("sim-small").CompleteChatAsync([new UserChatMessage("Prove it.")], new ChatCompletionOptions { ReasoningEffortLevel = ChatReasoningEffortLevel.High }, Token)).Value;
        Assert.Equal(0, plain.Usage.OutputTokenDetails.ReasoningTokenCount);
    }

    [Fact]
    public async Task Reasoning_that_uses_up_max_completion_tokens_leaves_an_empty_answer_cut_for_length()
    {
        var completion = (await host.Chat("sim-reason").CompleteChatAsync([new UserChatMessage("Think hard.")],
            new ChatCompletionOptions { ReasoningEffortLevel = ChatReasoningEffortLevel.High, MaxOutputTokenCount = 50 }, Token)).Value;

        Assert.Equal(ChatFinishReason.Length, completion.FinishReason);
        Assert.Equal(50, completion.Usage.OutputTokenCount);
        Assert.Equal(50, completion.Usage.OutputTokenDetails.ReasoningTokenCount);
    }

    [Fact]
    public async Task A_repeated_long_prefix_reports_cached_tokens_in_blocks_of_128()
    {
        var manual = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"Rule {i}: answer politely."));
        async Task<ChatTokenUsage> Ask(string question, string model = "sim-medium") => (await host.Chat(model).CompleteChatAsync(
            [new SystemChatMessage(manual), new UserChatMessage(question)], cancellationToken: Token)).Value.Usage;

        var first = await Ask("What are the opening hours?");
        Assert.True(first.InputTokenCount > 1024);
        Assert.Equal(0, first.InputTokenDetails.CachedTokenCount);

        var second = await Ask("Where is the nearest branch?");
        var cached = second.InputTokenDetails.CachedTokenCount;
        Assert.True(cached >= 1024, $"cached {cached}");
        Assert.Equal(0, cached % 128);
        Assert.InRange(cached, second.InputTokenCount - 128 - 30, second.InputTokenCount);

        Assert.Equal(0, (await Ask("Short?", "sim-large")).InputTokenDetails.CachedTokenCount);
        var shortPrompt = (await host.Chat("sim-medium").CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Token)).Value.Usage;
        Assert.Equal(0, shortPrompt.InputTokenDetails.CachedTokenCount);
    }

    [Fact]
    public async Task Usage_always_has_every_detail_and_service_tier_is_echoed()
    {
        var answer = await host.PostAsync("chat/completions", """
            {"model":"sim-small","messages":[{"role":"user","content":"hi"}],"service_tier":"flex","seed":7,"metadata":{"a":"b"},
             "store":true,"user":"u1","safety_identifier":"s1","prompt_cache_key":"k1","verbosity":"low","logit_bias":{"50256":-100},
             "web_search_options":{},"prediction":{"type":"content","content":"[sim-small] Thanks"},"some_vendor_field":{"x":[1,2]}}
            """);

        Assert.Equal("flex", answer.GetProperty("service_tier").GetString());
        Assert.Equal("fp_llmactors_sim", answer.GetProperty("system_fingerprint").GetString());
        var usage = answer.GetProperty("usage");
        foreach (var name in new[] { "cached_tokens", "audio_tokens" })
        {
            Assert.Equal(JsonValueKind.Number, usage.GetProperty("prompt_tokens_details").GetProperty(name).ValueKind);
        }

        var completion = usage.GetProperty("completion_tokens_details");
        foreach (var name in new[] { "reasoning_tokens", "audio_tokens", "accepted_prediction_tokens", "rejected_prediction_tokens" })
        {
            Assert.Equal(JsonValueKind.Number, completion.GetProperty(name).ValueKind);
        }

        Assert.True(completion.GetProperty("accepted_prediction_tokens").GetInt32() > 0, "the prediction shares the answer's label");
        Assert.Equal("default", (await host.PostAsync("chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}]}""")).GetProperty("service_tier").GetString());
    }

    [Fact]
    public async Task Audio_output_puts_the_answer_in_a_transcript_with_playable_data()
    {
        var options = new ChatCompletionOptions
        {
            ResponseModalities = ChatResponseModalities.Text | ChatResponseModalities.Audio,
            AudioOptions = new ChatAudioOptions(ChatOutputAudioVoice.Alloy, ChatOutputAudioFormat.Wav),
        };
        var completion = (await host.Chat("sim-small").CompleteChatAsync([new UserChatMessage("Say hello")], options, Token)).Value;

        Assert.StartsWith("[sim-small]", completion.OutputAudio.Transcript);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(completion.OutputAudio.AudioBytes.ToArray(), 0, 4));
        Assert.True(completion.OutputAudio.ExpiresAt > DateTimeOffset.UtcNow);
        Assert.True(completion.Usage.OutputTokenDetails.AudioTokenCount > 0);
    }
}
