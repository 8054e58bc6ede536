using System.ClientModel;
using System.Text;
using System.Text.Json;
using OpenAI.Chat;

namespace LlmActors.Tests.Gateway;

/// <summary>The official OpenAI SDK as the client of the embedded gateway and its simulator.</summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class ChatCompletionsTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_whole_completion_answers_with_usage()
    {
        var chat = fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey("chat-whole")).GetChatClient("sim-small");

        ChatCompletion completion = await chat.CompleteChatAsync([new UserChatMessage("What is your return policy?")], cancellationToken: Ct);

        Assert.False(string.IsNullOrWhiteSpace(completion.Content[0].Text));
        Assert.True(completion.Usage.InputTokenCount > 0);
        Assert.True(completion.Usage.OutputTokenCount > 0);
        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
    }

    [Fact]
    public async Task A_streamed_completion_matches_the_whole_one_and_reports_usage()
    {
        var chat = fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey("chat-stream")).GetChatClient("sim-medium");
        ChatMessage[] messages = [new UserChatMessage("Explain streaming in one paragraph.")];
        ChatCompletion whole = await chat.CompleteChatAsync(messages, cancellationToken: Ct);

        var text = new StringBuilder();
        ChatTokenUsage? usage = null;
        var chunks = 0;
        await foreach (var update in chat.CompleteChatStreamingAsync(messages, cancellationToken: Ct))
        {
            chunks++;
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            usage = update.Usage ?? usage;
        }

        Assert.True(chunks > 2, $"expected several chunks, got {chunks}");
        Assert.Equal(whole.Content[0].Text, text.ToString());
        Assert.NotNull(usage);
        Assert.Equal(whole.Usage.OutputTokenCount, usage.OutputTokenCount);
    }

    [Fact]
    public async Task Max_tokens_caps_the_answer()
    {
        var chat = fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey("chat-max")).GetChatClient("sim-large");

        ChatCompletion completion = await chat.CompleteChatAsync(
            [new UserChatMessage("Write a long essay about the sea.")], new ChatCompletionOptions { MaxOutputTokenCount = 5 }, Ct);

        Assert.True(completion.Usage.OutputTokenCount <= 5);
        Assert.Equal(ChatFinishReason.Length, completion.FinishReason);
    }

    [Fact]
    public async Task Errors_surface_as_the_sdk_exception_with_the_status()
    {
        var key = await fixture.Factory.CreateProjectKey("chat-errors");
        var unknownModel = await Assert.ThrowsAsync<ClientResultException>(() =>
            fixture.Factory.OpenAi(key).GetChatClient("no-such-model").CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Ct));
        Assert.Equal(400, unknownModel.Status);

        var badKey = await Assert.ThrowsAsync<ClientResultException>(() =>
            fixture.Factory.OpenAi("llma_abcdefghijkm_wrong").GetChatClient("sim-small").CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Ct));
        Assert.Equal(401, badKey.Status);
    }

    [Fact]
    public async Task The_gateway_headers_name_the_model_cost_and_request()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("chat-headers"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = JsonContent.Create(new { model = "sim-small", messages = new[] { new { role = "user", content = "hello" } } }),
        };
        request.Headers.Add("x-request-id", "req-headers-1");

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("sim-small", response.Headers.GetValues("x-llmactors-model").Single());
        Assert.Equal("false", response.Headers.GetValues("x-llmactors-fallback").Single());
        Assert.Equal("bypass", response.Headers.GetValues("x-llmactors-cache").Single());
        Assert.Equal("req-headers-1", response.Headers.GetValues("x-request-id").Single());
        Assert.True(decimal.Parse(response.Headers.GetValues("x-llmactors-cost-usd").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("chat.completion", body.RootElement.GetProperty("object").GetString());
    }

    [Fact]
    public async Task Models_lists_the_catalog_and_auto()
    {
        var models = fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey("models")).GetOpenAIModelClient();

        var list = await models.GetModelsAsync(Ct);

        var ids = list.Value.Select(m => m.Id).ToList();
        Assert.Contains("auto", ids);
        Assert.Contains("sim-small", ids);
        Assert.Contains("sim-large", ids);
    }

    [Fact]
    public async Task Embeddings_come_back_as_vectors_the_sdk_reads()
    {
        var embeddings = fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey("embed")).GetEmbeddingClient("sim-embed");

        var result = await embeddings.GenerateEmbeddingsAsync(["where is my parcel", "track my package"], cancellationToken: Ct);

        Assert.Equal(2, result.Value.Count);
        Assert.True(result.Value[0].ToFloats().Length > 10);
        Assert.True(result.Value.Usage.InputTokenCount > 0);
    }
}
