using System.Text;
using System.Text.Json;
using Microsoft.ML.Tokenizers;
using OpenAI.Chat;

namespace LlmActors.Tests.ModelSim;

[Collection(SimulatorCollection.Name)]
public sealed class ChatCompletionTests(SimulatorHost host)
{
    private static readonly Tokenizer O200k = TiktokenTokenizer.CreateForEncoding("o200k_base");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Whole_answer_is_labelled_as_simulated_and_its_usage_matches_the_o200k_count()
    {
        const string question = "How do I reset my password?";
        var completion = (await host.Chat("sim-medium").CompleteChatAsync([new UserChatMessage(question)], cancellationToken: Token)).Value;

        var text = completion.Content[0].Text;
        Assert.StartsWith("[sim-medium]", text);
        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
        Assert.Equal("sim-medium", completion.Model);
        Assert.Equal(O200k.CountTokens(text), completion.Usage.OutputTokenCount);
        Assert.Equal(3 + 3 + O200k.CountTokens(question), completion.Usage.InputTokenCount);
        Assert.Equal(completion.Usage.InputTokenCount + completion.Usage.OutputTokenCount, completion.Usage.TotalTokenCount);
    }

    [Fact]
    public async Task The_same_conversation_gets_the_same_answer_and_another_one_a_different_answer()
    {
        var chat = host.Chat("sim-large");
        async Task<string> Ask(string question) =>
            (await chat.CompleteChatAsync([new SystemChatMessage("You are helpful."), new UserChatMessage(question)], cancellationToken: Token)).Value.Content[0].Text;

        var first = await Ask("Where is my order?");
        Assert.Equal(first, await Ask("Where is my order?"));
        Assert.NotEqual(first, await Ask("Can I change my delivery address?"));
        Assert.NotEqual(first, (await host.Chat("sim-small").CompleteChatAsync(
            [new SystemChatMessage("You are helpful."), new UserChatMessage("Where is my order?")], cancellationToken: Token)).Value.Content[0].Text);
    }

    [Fact]
    public async Task Concurrent_requests_each_get_the_answer_to_their_own_question()
    {
        // Regression: request bodies were once parsed from pipe memory that had already gone back to the pool,
        // which only showed under concurrent load.
        var chat = host.Chat("sim-small");
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 3000), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = Token }, async (i, token) =>
        {
            var text = (await chat.CompleteChatAsync([new UserChatMessage($"Question number {i} about my account")], cancellationToken: token)).Value.Content[0].Text;
            if (!text.Contains($"\"Question number {i} about my account\"", StringComparison.Ordinal))
            {
                wrong.Add(text);
            }
        });

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Answers_stay_bounded_and_grow_with_the_prompt()
    {
        var chat = host.Chat("sim-small");
        var shortAnswers = new List<int>();
        var longAnswers = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            shortAnswers.Add((await chat.CompleteChatAsync([new UserChatMessage($"Question {i}?")], cancellationToken: Token)).Value.Usage.OutputTokenCount);
            var longPrompt = string.Join(' ', Enumerable.Repeat($"Here is a long description of problem {i} with many details.", 60));
            longAnswers.Add((await chat.CompleteChatAsync([new UserChatMessage(longPrompt)], cancellationToken: Token)).Value.Usage.OutputTokenCount);
        }

        Assert.All(shortAnswers.Concat(longAnswers), tokens => Assert.InRange(tokens, 20, 220));
        Assert.True(longAnswers.Average() > shortAnswers.Average() + 30, $"long {longAnswers.Average()} vs short {shortAnswers.Average()}");
    }

    [Fact]
    public async Task A_streamed_answer_has_the_role_first_the_same_text_as_the_whole_answer_and_usage_last()
    {
        var messages = new List<ChatMessage> { new UserChatMessage("What is the refund policy?") };
        var chat = host.Chat("sim-small");
        var whole = (await chat.CompleteChatAsync(messages, cancellationToken: Token)).Value;

        var updates = new List<StreamingChatCompletionUpdate>();
        await foreach (var update in chat.CompleteChatStreamingAsync(messages, cancellationToken: Token))
        {
            updates.Add(update);
        }

        Assert.Equal(ChatMessageRole.Assistant, updates[0].Role);
        var text = string.Concat(updates.SelectMany(u => u.ContentUpdate).Select(p => p.Text));
        Assert.Equal(whole.Content[0].Text, text);
        Assert.True(updates.Count > 10, "tokens should arrive as many chunks");
        Assert.Equal(ChatFinishReason.Stop, updates.Single(u => u.FinishReason is not null).FinishReason);
        var usage = updates[^1].Usage;
        Assert.NotNull(usage);
        Assert.Equal(whole.Usage.OutputTokenCount, usage.OutputTokenCount);
        Assert.Equal(whole.Usage.InputTokenCount, usage.InputTokenCount);
    }

    [Fact]
    public async Task Raw_stream_ends_with_a_usage_chunk_without_choices_and_then_done()
    {
        using var client = host.Http();
        var response = await client.PostAsJsonAsync("/sim/v1/chat/completions", new
        {
            model = "sim-small",
            stream = true,
            stream_options = new { include_usage = true },
            messages = new[] { new { role = "user", content = "hi" } },
        }, Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = (await response.Content.ReadAsStringAsync(Token)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("data: [DONE]", events[^1]);
        using var usageChunk = JsonDocument.Parse(events[^2]["data: ".Length..]);
        Assert.Equal("chat.completion.chunk", usageChunk.RootElement.GetProperty("object").GetString());
        Assert.Equal(0, usageChunk.RootElement.GetProperty("choices").GetArrayLength());
        Assert.True(usageChunk.RootElement.GetProperty("usage").GetProperty("completion_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task Max_output_tokens_cuts_the_answer_with_finish_reason_length()
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 5 };
        var completion = (await host.Chat("sim-large").CompleteChatAsync([new UserChatMessage("Tell me everything.")], options, Token)).Value;

        Assert.Equal(ChatFinishReason.Length, completion.FinishReason);
        Assert.Equal(5, completion.Usage.OutputTokenCount);
        Assert.Equal(5, O200k.CountTokens(completion.Content[0].Text));

        var streamed = new StringBuilder();
        ChatFinishReason? finish = null;
        await foreach (var update in host.Chat("sim-large").CompleteChatStreamingAsync([new UserChatMessage("Tell me everything.")], options, Token))
        {
            streamed.Append(string.Concat(update.ContentUpdate.Select(p => p.Text)));
            finish ??= update.FinishReason;
        }

        Assert.Equal(completion.Content[0].Text, streamed.ToString());
        Assert.Equal(ChatFinishReason.Length, finish);
    }

    [Fact]
    public async Task A_stop_sequence_ends_the_answer_before_it()
    {
        var options = new ChatCompletionOptions();
        options.StopSequences.Add(" ");
        var completion = (await host.Chat("sim-large").CompleteChatAsync([new UserChatMessage("Hello")], options, Token)).Value;

        Assert.Equal("[sim-large]", completion.Content[0].Text);
        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
    }

    [Fact]
    public async Task A_complete_the_code_system_message_gets_code_in_the_prompts_language()
    {
        var completion = (await host.Chat("sim-small").CompleteChatAsync(
            [new SystemChatMessage("Complete the code at the cursor."), new UserChatMessage("def total(orders):\n    ")], cancellationToken: Token)).Value;

        var lines = completion.Content[0].Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("# [sim-small] simulated completion", lines[0]);
        Assert.InRange(lines.Length, 3, 7);
    }

    [Fact]
    public async Task The_code_model_answers_code_without_being_asked()
    {
        var completion = (await host.Chat("sim-code").CompleteChatAsync([new UserChatMessage("public sealed class Cart {")], cancellationToken: Token)).Value;

        Assert.StartsWith("// [sim-code] simulated completion\n", completion.Content[0].Text);
        Assert.Contains(';', completion.Content[0].Text);
    }

    [Fact]
    public async Task A_chat_model_asked_for_a_json_moderation_score_scores_like_a_moderation_model()
    {
        async Task<JsonElement> Score(string text)
        {
            var options = new ChatCompletionOptions { ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat() };
            var completion = (await host.Chat("sim-large").CompleteChatAsync(
                [new SystemChatMessage("You are a moderation model. Return {\"score\": risk score 0..1, \"flagged\": bool}."), new UserChatMessage(text)],
                options, Token)).Value;
            return JsonDocument.Parse(completion.Content[0].Text).RootElement.Clone();
        }

        var threat = await Score("I will kill you tomorrow");
        var benign = await Score("What time does the library open on Sunday?");

        Assert.True(threat.GetProperty("flagged").GetBoolean());
        Assert.InRange(threat.GetProperty("score").GetDouble(), 0.8, 1.0);
        Assert.False(benign.GetProperty("flagged").GetBoolean());
        Assert.InRange(benign.GetProperty("score").GetDouble(), 0.0, 0.2);
    }

    [Fact]
    public async Task Json_mode_without_a_moderation_prompt_answers_a_labelled_json_object()
    {
        var options = new ChatCompletionOptions { ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat() };
        var completion = (await host.Chat("sim-medium").CompleteChatAsync([new UserChatMessage("List three fruits as JSON.")], options, Token)).Value;

        using var json = JsonDocument.Parse(completion.Content[0].Text);
        Assert.True(json.RootElement.GetProperty("simulated").GetBoolean());
        Assert.StartsWith("[sim-medium]", json.RootElement.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task A_chinese_question_gets_a_chinese_answer()
    {
        var completion = (await host.Chat("sim-small").CompleteChatAsync([new UserChatMessage("请问怎么修改收货地址？")], cancellationToken: Token)).Value;

        Assert.StartsWith("[sim-small] ", completion.Content[0].Text);
        Assert.Contains("修改收货地址", completion.Content[0].Text);
    }
}
