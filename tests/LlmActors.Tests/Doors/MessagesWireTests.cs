using System.Text.Json;

namespace LlmActors.Tests.Doors;

/// <summary>
/// The Anthropic Messages door on the wire, as Anthropic's SDKs speak it (raw HTTP, <c>x-api-key</c>,
/// <c>anthropic-version</c>), against the simulator's OpenAI-compatible chat route: the request is translated to
/// Chat Completions and the answer back. Whole answers, the streamed event sequence, a tool_use round trip,
/// count_tokens, and every error in Anthropic's shape.
/// </summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class MessagesWireTests(EmbeddedApiFixture fixture)
{
    private const string Weather = """{"name":"get_weather","description":"Get the weather forecast for a city","input_schema":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Http, string Key)> Anthropic(string project)
    {
        var key = await fixture.Factory.CreateProjectKey(project);
        var http = fixture.Factory.Client();
        http.DefaultRequestHeaders.Add("x-api-key", key);
        http.DefaultRequestHeaders.Add("anthropic-version", "2023-06-01");
        return (http, key);
    }

    private static string Ask(string text, int maxTokens = 200, bool stream = false) =>
        JsonSerializer.Serialize(new { model = "sim-small", max_tokens = maxTokens, stream, messages = new[] { new { role = "user", content = text } } });

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task A_whole_message_is_in_Anthropics_shape_with_its_stop_reason_and_usage()
    {
        var (http, _) = await Anthropic("msg-whole");

        var message = await Json(await SseEvents.PostAsync(http, "/v1/messages",
            """{"model":"sim-small","max_tokens":200,"system":[{"type":"text","text":"Be brief."}],"messages":[{"role":"user","content":[{"type":"text","text":"Where is my parcel?"}]}]}""", Ct));
        var cut = await Json(await SseEvents.PostAsync(http, "/v1/messages", Ask("Where is my parcel?", maxTokens: 5), Ct));

        Assert.StartsWith("msg_", message.GetProperty("id").GetString());
        Assert.Equal(("message", "assistant", "sim-small"), (message.GetProperty("type").GetString(), message.GetProperty("role").GetString(), message.GetProperty("model").GetString()));
        var block = Assert.Single(message.GetProperty("content").EnumerateArray());
        Assert.Equal("text", block.GetProperty("type").GetString());
        Assert.Contains("Where is my parcel?", block.GetProperty("text").GetString());
        Assert.Equal("end_turn", message.GetProperty("stop_reason").GetString());
        Assert.Equal("max_tokens", cut.GetProperty("stop_reason").GetString());
        Assert.Equal(5, cut.GetProperty("usage").GetProperty("output_tokens").GetInt32());
        Assert.True(message.GetProperty("usage").GetProperty("input_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task A_streamed_message_sends_Anthropics_event_sequence_and_the_text_adds_up()
    {
        var (http, _) = await Anthropic("msg-stream");

        var response = await SseEvents.PostAsync(http, "/v1/messages", Ask("Tell me about returns", stream: true), Ct);
        var events = await SseEvents.ReadAsync(response, Ct);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.All(events, e => Assert.Equal(e.Name, e.Data.GetProperty("type").GetString()));
        var names = events.Select(e => e.Name).ToList();
        Assert.Equal(["message_start", "ping", "content_block_start"], names.Take(3));
        Assert.Equal(["content_block_stop", "message_delta", "message_stop"], names.TakeLast(3));
        Assert.All(names.Skip(3).SkipLast(3), n => Assert.Equal("content_block_delta", n));
        var text = string.Concat(events.Where(e => e.Name == "content_block_delta").Select(e => e.Data.GetProperty("delta").GetProperty("text").GetString()));
        Assert.Contains("Tell me about returns", text);
        var end = events.Single(e => e.Name == "message_delta").Data;
        Assert.Equal("end_turn", end.GetProperty("delta").GetProperty("stop_reason").GetString());
        Assert.True(end.GetProperty("usage").GetProperty("output_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task A_tool_use_and_its_tool_result_round_trip()
    {
        var (http, _) = await Anthropic("msg-tools");
        var ask = $$"""{"model":"sim-small","max_tokens":200,"tools":[{{Weather}}],"tool_choice":{"type":"any"},"messages":[{"role":"user","content":"What is the weather in Oslo?"}]}""";

        var first = await Json(await SseEvents.PostAsync(http, "/v1/messages", ask, Ct));
        var use = Assert.Single(first.GetProperty("content").EnumerateArray());
        Assert.Equal(("tool_use", "get_weather"), (use.GetProperty("type").GetString(), use.GetProperty("name").GetString()));
        Assert.Equal("Oslo", use.GetProperty("input").GetProperty("city").GetString());
        Assert.Equal("tool_use", first.GetProperty("stop_reason").GetString());

        var id = use.GetProperty("id").GetString();
        var followUp = $$$"""
            {"model":"sim-small","max_tokens":200,"tools":[{{{Weather}}}],"messages":[
              {"role":"user","content":"What is the weather in Oslo?"},
              {"role":"assistant","content":[{"type":"tool_use","id":"{{{id}}}","name":"get_weather","input":{"city":"Oslo"}}]},
              {"role":"user","content":[{"type":"tool_result","tool_use_id":"{{{id}}}","content":"light snow, -2 C"}]}]}
            """;
        var answer = await Json(await SseEvents.PostAsync(http, "/v1/messages", followUp, Ct));

        var text = answer.GetProperty("content")[0].GetProperty("text").GetString();
        Assert.Contains("get_weather", text);
        Assert.Contains("light snow", text);
        Assert.Equal("end_turn", answer.GetProperty("stop_reason").GetString());
    }

    [Fact]
    public async Task A_streamed_tool_use_sends_its_input_as_json_deltas()
    {
        var (http, _) = await Anthropic("msg-stream-tools");
        var ask = $$"""{"model":"sim-small","max_tokens":200,"stream":true,"tools":[{{Weather}}],"tool_choice":{"type":"tool","name":"get_weather"},"messages":[{"role":"user","content":"Weather in Paris?"}]}""";

        var events = await SseEvents.ReadAsync(await SseEvents.PostAsync(http, "/v1/messages", ask, Ct), Ct);

        var start = events.Single(e => e.Name == "content_block_start").Data.GetProperty("content_block");
        Assert.Equal(("tool_use", "get_weather"), (start.GetProperty("type").GetString(), start.GetProperty("name").GetString()));
        var json = string.Concat(events.Where(e => e.Name == "content_block_delta").Select(e =>
        {
            Assert.Equal("input_json_delta", e.Data.GetProperty("delta").GetProperty("type").GetString());
            return e.Data.GetProperty("delta").GetProperty("partial_json").GetString();
        }));
        using var input = JsonDocument.Parse(json);
        Assert.Equal("Paris", input.RootElement.GetProperty("city").GetString());
        Assert.Equal("tool_use", events.Single(e => e.Name == "message_delta").Data.GetProperty("delta").GetProperty("stop_reason").GetString());
    }

    [Fact]
    public async Task An_idempotency_key_replays_the_message_and_refuses_another_body_in_Anthropics_shape()
    {
        var (http, _) = await Anthropic("msg-idempotent");
        var key = ("idempotency-key", "k-" + Guid.NewGuid().ToString("N"));

        var first = await (await SseEvents.PostAsync(http, "/v1/messages", Ask("Where is my parcel?", 16), Ct, key)).Content.ReadAsStringAsync(Ct);
        // The key is held until the first answer is settled, a moment after the client has it (409 until then, as on every route).
        var repeat = await Eventually.Until(() => SseEvents.PostAsync(http, "/v1/messages", Ask("Where is my parcel?", 16), Ct, key),
            r => r.StatusCode != HttpStatusCode.Conflict, Ct);
        var other = await SseEvents.PostAsync(http, "/v1/messages", Ask("How do I return an item?", 16), Ct, key);

        Assert.Equal(first, await repeat.Content.ReadAsStringAsync(Ct));
        Assert.Equal("true", repeat.Headers.GetValues("idempotent-replayed").Single());
        Assert.Equal("invalid_request_error", await AnthropicErrorAssert.IsError(other, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Count_tokens_counts_the_prompt_as_the_budget_estimate_does()
    {
        var (http, _) = await Anthropic("msg-count");

        var small = await Json(await SseEvents.PostAsync(http, "/v1/messages/count_tokens", """{"model":"sim-small","messages":[{"role":"user","content":"Hello"}]}""", Ct));
        var withTools = await Json(await SseEvents.PostAsync(http, "/v1/messages/count_tokens",
            $$"""{"model":"sim-small","tools":[{{Weather}}],"messages":[{"role":"user","content":"Hello"}]}""", Ct));
        var unknown = await SseEvents.PostAsync(http, "/v1/messages/count_tokens", """{"model":"no-such-model","messages":[{"role":"user","content":"Hello"}]}""", Ct);

        // o200k, as the gateway counts a chat prompt: "user" and "Hello" 1 token each, 3 framing the message, 3 priming the reply.
        Assert.Equal(8, small.GetProperty("input_tokens").GetInt32());
        Assert.True(withTools.GetProperty("input_tokens").GetInt32() > small.GetProperty("input_tokens").GetInt32() + 10);
        Assert.Equal("not_found_error", await AnthropicErrorAssert.IsError(unknown, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task The_key_is_taken_from_x_api_key_or_a_bearer_token_and_any_anthropic_version_is_accepted()
    {
        var key = await fixture.Factory.CreateProjectKey("msg-auth");
        using var bearer = fixture.Factory.Client(key);
        using var none = fixture.Factory.Client();

        var byApiKey = await SseEvents.PostAsync(none, "/v1/messages", Ask("Hi", 5), Ct, ("x-api-key", key), ("anthropic-version", "2099-01-01"));
        var byBearer = await SseEvents.PostAsync(bearer, "/v1/messages", Ask("Hi", 5), Ct);
        var missing = await SseEvents.PostAsync(none, "/v1/messages", Ask("Hi", 5), Ct);
        var wrong = await SseEvents.PostAsync(none, "/v1/messages", Ask("Hi", 5), Ct, ("x-api-key", key[..^2] + "xx"));
        var chatByApiKey = await SseEvents.PostAsync(none, "/v1/chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"Hi"}]}""", Ct, ("x-api-key", key));

        Assert.Equal(HttpStatusCode.OK, byApiKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byBearer.StatusCode);
        Assert.Equal("authentication_error", await AnthropicErrorAssert.IsError(missing, HttpStatusCode.Unauthorized));
        Assert.Equal("authentication_error", await AnthropicErrorAssert.IsError(wrong, HttpStatusCode.Unauthorized));
        // x-api-key is the Anthropic door's header only; the OpenAI routes keep their error shape too.
        await OpenAiErrorAssert.IsError(chatByApiKey, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"Hi"}]}""", "max_tokens")]
    [InlineData("""{"model":"sim-small","max_tokens":10,"messages":[]}""", "messages")]
    [InlineData("""{"model":"sim-small","max_tokens":10,"messages":[{"role":"tool","content":"Hi"}]}""", "messages[0].role")]
    [InlineData("""{"model":"sim-small","max_tokens":10,"temperature":1.5,"messages":[{"role":"user","content":"Hi"}]}""", "temperature")]
    [InlineData("""{"model":"sim-small","max_tokens":10,"tool_choice":{"type":"sometimes"},"messages":[{"role":"user","content":"Hi"}]}""", "tool_choice.type")]
    [InlineData("""{"model":"sim-small","max_tokens":10,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64"}}]}]}""", "messages[0].content[0].source")]
    public async Task Bad_input_is_a_400_invalid_request_error_naming_the_field(string body, string param)
    {
        var (http, _) = await Anthropic("msg-bad");

        var response = await SseEvents.PostAsync(http, "/v1/messages", body, Ct);

        Assert.Equal("invalid_request_error", await AnthropicErrorAssert.IsError(response, HttpStatusCode.BadRequest));
        Assert.Contains(param, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Refusals_keep_Anthropics_shape_and_status_codes()
    {
        var project = "msg-refusals-" + Guid.NewGuid().ToString("N")[..6];
        var (http, _) = await Anthropic(project);
        using var admin = fixture.Factory.AdminClient();
        (await admin.PutAsJsonAsync($"/admin/projects/{project}/budget", new { dailyTokenLimit = 1 }, Ct)).EnsureSuccessStatusCode();

        var unknownModel = await SseEvents.PostAsync(http, "/v1/messages", """{"model":"claude-nope","max_tokens":10,"messages":[{"role":"user","content":"Hi"}]}""", Ct);
        var overBudget = await SseEvents.PostAsync(http, "/v1/messages", Ask("Hi", 10), Ct);
        var wrongMethod = await http.GetAsync("/v1/messages", Ct);

        Assert.Equal("not_found_error", await AnthropicErrorAssert.IsError(unknownModel, HttpStatusCode.NotFound));
        Assert.Equal("rate_limit_error", await AnthropicErrorAssert.IsError(overBudget, HttpStatusCode.TooManyRequests));
        Assert.NotNull(overBudget.Headers.RetryAfter);
        await AnthropicErrorAssert.IsError(wrongMethod, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_model_that_is_down_everywhere_is_529_overloaded_before_and_the_spend_row_names_the_endpoint_after()
    {
        var project = "msg-down-" + Guid.NewGuid().ToString("N")[..6];
        var (http, _) = await Anthropic(project);
        await SseEvents.PostAsync(http, "/v1/messages", Ask("Hi", 5), Ct);
        await fixture.Factory.SetFault("sim-large", "down");
        await fixture.Factory.SetFault("sim-medium", "down");
        try
        {
            var whole = await SseEvents.PostAsync(http, "/v1/messages", Ask("Hi", 5).Replace("sim-small", "sim-large"), Ct);
            var stream = await SseEvents.PostAsync(http, "/v1/messages", Ask("Hi", 5, stream: true).Replace("sim-small", "sim-large"), Ct);

            Assert.Equal("overloaded_error", await AnthropicErrorAssert.IsError(whole, (HttpStatusCode)529));
            Assert.Equal("overloaded_error", await AnthropicErrorAssert.IsError(stream, (HttpStatusCode)529));
        }
        finally
        {
            await fixture.Factory.SetFault("sim-large", "none");
            await fixture.Factory.SetFault("sim-medium", "none");
        }

        using var admin = fixture.Factory.AdminClient();
        var spend = await admin.GetFromJsonAsync<JsonElement>($"/admin/projects/{project}/spend?groupBy=endpoint", Ct);
        Assert.Equal("messages", Assert.Single(spend.GetProperty("rows").EnumerateArray()).GetProperty("key").GetString());
    }
}
