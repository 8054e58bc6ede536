#pragma warning disable OPENAI001 // The SDK marks its Responses client experimental; it is the client agents use.
using System.Globalization;
using System.Text.Json;
using LlmActors.Tests.ModelSim;
using OpenAI.Chat;
using OpenAI.Responses;

namespace LlmActors.Tests.Doors;

/// <summary>
/// Each door against providers that speak another API: Messages forwarded as sent to an Anthropic provider (its
/// cache_control marks and its answer untouched), Chat Completions and Responses translated to it and back, a
/// fallback from an Anthropic model to an OpenAI-compatible one, and Responses forwarded to a provider that speaks
/// Responses itself.
/// </summary>
[Collection(ProviderWireCollection.Name)]
public sealed class ProviderWireTests(ProviderWireFixture fixture)
{
    private static readonly string LongSystem = string.Join(' ', Enumerable.Repeat("Our parcels ship from Rotterdam within two working days.", 120));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> Anthropic(string project)
    {
        var http = fixture.Factory.Client();
        http.DefaultRequestHeaders.Add("x-api-key", await fixture.Factory.CreateProjectKey(project));
        http.DefaultRequestHeaders.Add("anthropic-version", "2023-06-01");
        return http;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    private static string Cached(bool marked) =>
        $$"""{"model":"claude-sim","max_tokens":20,"system":[{"type":"text","text":"{{LongSystem}}"{{(marked ? ""","cache_control":{"type":"ephemeral"}""" : "")}}}],"messages":[{"role":"user","content":"Where is my parcel?"}]}""";

    [Fact]
    public async Task Messages_to_an_Anthropic_provider_are_forwarded_as_sent_with_their_cache_control_and_charged_at_the_cached_price()
    {
        using var http = await Anthropic("wire-native");
        await Json(await SseEvents.PostAsync(http, "/v1/messages", Cached(marked: true), Ct));

        var response = await SseEvents.PostAsync(http, "/v1/messages", Cached(marked: true), Ct);
        var marked = await Json(response);
        var unmarked = await Json(await SseEvents.PostAsync(http, "/v1/messages", Cached(marked: false), Ct));

        // The simulator's own message id and answer: nothing was translated on the way.
        Assert.StartsWith("msg_sim-", marked.GetProperty("id").GetString());
        Assert.Equal("claude-sim", marked.GetProperty("model").GetString());
        Assert.Contains("[sim-large]", marked.GetProperty("content")[0].GetProperty("text").GetString());
        var usage = marked.GetProperty("usage");
        var cacheRead = usage.GetProperty("cache_read_input_tokens").GetInt32();
        Assert.True(cacheRead > 1000, $"the cache_control mark reached the provider: {usage}");
        Assert.Equal(0, unmarked.GetProperty("usage").GetProperty("cache_read_input_tokens").GetInt32());
        var expected = ((usage.GetProperty("input_tokens").GetInt32() * 3m) + (cacheRead * 0.30m) + (usage.GetProperty("output_tokens").GetInt32() * 15m)) / 1_000_000m;
        Assert.Equal(Math.Round(expected, 10), decimal.Parse(response.Headers.GetValues("x-llmactors-cost-usd").Single(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_streamed_message_from_an_Anthropic_provider_keeps_its_events_renamed_and_its_stop_sequence()
    {
        using var http = await Anthropic("wire-native-stream");
        const string ask = """{"model":"claude-sim","max_tokens":200,"stream":true,"stop_sequences":["asked"],"messages":[{"role":"user","content":"Where is my parcel?"}]}""";

        var events = await SseEvents.ReadAsync(await SseEvents.PostAsync(http, "/v1/messages", ask, Ct), Ct);

        var start = events.First().Data.GetProperty("message");
        Assert.Equal(("claude-sim", true), (start.GetProperty("model").GetString(), start.GetProperty("id").GetString()!.StartsWith("msg_sim-", StringComparison.Ordinal)));
        var end = events.Single(e => e.Name == "message_delta").Data.GetProperty("delta");
        Assert.Equal(("stop_sequence", "asked"), (end.GetProperty("stop_reason").GetString(), end.GetProperty("stop_sequence").GetString()));
        Assert.Equal("message_stop", events.Last().Name);
        var text = string.Concat(events.Where(e => e.Name == "content_block_delta").Select(e => e.Data.GetProperty("delta").GetProperty("text").GetString()));
        Assert.DoesNotContain("asked", text);
    }

    [Fact]
    public async Task Chat_Completions_to_an_Anthropic_model_are_translated_there_and_back_tools_included()
    {
        var chat = fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey("wire-chat")).GetChatClient("claude-sim");
        var weather = ChatTool.CreateFunctionTool("get_weather", "Get the weather forecast for a city", BinaryData.FromString(ToolCallTests.WeatherSchema));
        List<OpenAI.Chat.ChatMessage> messages = [new SystemChatMessage("Be brief."), new UserChatMessage("What is the weather in Oslo this week?")];

        var first = (await chat.CompleteChatAsync(messages, new ChatCompletionOptions { Tools = { weather }, ToolChoice = ChatToolChoice.CreateRequiredChoice() }, Ct)).Value;
        var call = Assert.Single(first.ToolCalls);
        messages.Add(new AssistantChatMessage(first));
        messages.Add(new ToolChatMessage(call.Id, """{"forecast":"light snow"}"""));
        var answer = (await chat.CompleteChatAsync(messages, new ChatCompletionOptions { Tools = { weather } }, Ct)).Value;
        var streamed = new System.Text.StringBuilder();
        ChatFinishReason? finish = null;
        await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("Hello there")], new ChatCompletionOptions { MaxOutputTokenCount = 6 }, Ct))
        {
            streamed.Append(string.Concat(update.ContentUpdate.Select(p => p.Text)));
            finish = update.FinishReason ?? finish;
        }

        Assert.Equal(("claude-sim", ChatFinishReason.ToolCalls, "get_weather"), (first.Model, first.FinishReason, call.FunctionName));
        SimHttp.Satisfies(ToolCallTests.WeatherSchema, call.FunctionArguments.ToString());
        Assert.Contains("light snow", answer.Content[0].Text);
        Assert.True(answer.Usage.InputTokenCount > 0);
        Assert.StartsWith("[sim-large]", streamed.ToString());
        Assert.Equal(ChatFinishReason.Length, finish);
    }

    [Fact]
    public async Task Responses_to_an_Anthropic_model_go_through_Chat_Completions_to_Messages_and_back()
    {
        var responses = fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey("wire-responses-anthropic")).GetResponsesClient();

        var response = (await responses.CreateResponseAsync(new CreateResponseOptions("claude-sim", [ResponseItem.CreateUserMessageItem("Where is my parcel?")])
        {
            Instructions = "Be brief.",
        }, Ct)).Value;

        Assert.Equal("claude-sim", response.Model);
        Assert.StartsWith("[sim-large]", response.GetOutputText());
    }

    [Fact]
    public async Task An_Anthropic_model_that_is_down_falls_back_to_an_OpenAI_compatible_one_before_the_first_token()
    {
        using var http = await Anthropic("wire-fallback");
        await fixture.Factory.SetFault("sim-large", "down");
        try
        {
            var response = await SseEvents.PostAsync(http, "/v1/messages", """{"model":"claude-sim","max_tokens":30,"messages":[{"role":"user","content":"Hi"}]}""", Ct);
            var whole = await Json(response);
            var stream = await SseEvents.PostAsync(http, "/v1/messages", """{"model":"claude-sim","max_tokens":30,"stream":true,"messages":[{"role":"user","content":"Hi"}]}""", Ct);
            var events = await SseEvents.ReadAsync(stream, Ct);

            Assert.Equal(("sim-small", "true"), (response.Headers.GetValues("x-llmactors-model").Single(), response.Headers.GetValues("x-llmactors-fallback").Single()));
            Assert.Equal("sim-small", whole.GetProperty("model").GetString());
            Assert.StartsWith("[sim-small]", whole.GetProperty("content")[0].GetProperty("text").GetString());
            Assert.Equal("true", stream.Headers.GetValues("x-llmactors-fallback").Single());
            Assert.Equal(["message_start", "ping"], events.Take(2).Select(e => e.Name));
            Assert.Equal("message_stop", events.Last().Name);
        }
        finally
        {
            await fixture.Factory.SetFault("sim-large", "none");
        }
    }

    [Fact]
    public async Task Responses_to_a_provider_that_speaks_Responses_are_forwarded_there_and_answer_with_this_gateways_id()
    {
        var responses = fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey("wire-native-responses")).GetResponsesClient();
        var before = await UpstreamResponsesAsync();

        var first = (await responses.CreateResponseAsync(new CreateResponseOptions("gpt-native", [ResponseItem.CreateUserMessageItem("My order is 4711. Where is it?")]), Ct)).Value;
        var second = (await responses.CreateResponseAsync(new CreateResponseOptions("gpt-native", [ResponseItem.CreateUserMessageItem("When will it arrive?")])
        {
            PreviousResponseId = first.Id,
        }, Ct)).Value;
        var streamed = new List<StreamingResponseUpdate>();
        await foreach (var update in await responses.CreateResponseStreamingAsync(new CreateResponseOptions("gpt-native", [ResponseItem.CreateUserMessageItem("Hello")]) { StreamingEnabled = true }, Ct))
        {
            streamed.Add(update);
        }

        Assert.Equal(("gpt-native", ResponseStatus.Completed), (first.Model, first.Status));
        Assert.StartsWith("[sim-small]", first.GetOutputText());
        Assert.Equal(first.Id, second.PreviousResponseId);
        Assert.True(second.Usage.InputTokenCount > first.Usage.InputTokenCount + first.Usage.OutputTokenCount - 1, "the provider was sent the first turn");
        var created = Assert.IsType<StreamingResponseCreatedUpdate>(streamed[0]);
        var completed = Assert.IsType<StreamingResponseCompletedUpdate>(streamed[^1]);
        Assert.Equal(created.Response.Id, completed.Response.Id);
        Assert.Equal("gpt-native", completed.Response.Model);
        Assert.Equal(completed.Response.GetOutputText(), (await responses.GetResponseAsync(completed.Response.Id, Ct)).Value.GetOutputText());
        // The upstream gateway was sent Responses requests (not Chat Completions), and keeps none: the outer one stores them.
        Assert.Equal(before + 3, await UpstreamResponsesAsync());
    }

    private async Task<long> UpstreamResponsesAsync()
    {
        using var admin = fixture.Factory.AdminClient();
        var spend = await admin.GetFromJsonAsync<JsonElement>($"/admin/projects/{ProviderWireFixture.UpstreamProject}/spend?groupBy=endpoint", Ct);
        return spend.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("key").GetString() == "responses").Sum(r => r.GetProperty("requests").GetInt64());
    }
}
