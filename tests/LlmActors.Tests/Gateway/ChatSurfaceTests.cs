using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using System.Text.Json;
using LlmActors.Tests.ModelSim;
using LlmActors.Tests.Streaming;
using OpenAI.Chat;

namespace LlmActors.Tests.Gateway;

/// <summary>
/// What an agent framework or a structured-output app sends, through the gateway with the official OpenAI .NET SDK:
/// tools and their round trip, streamed tool calls, strict JSON schemas, images, several choices, logprobs,
/// reasoning — forwarded to the provider and answered as the provider answered.
/// </summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class ChatSurfaceTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatTool Weather => ChatTool.CreateFunctionTool("get_weather", "Get the weather forecast for a city", BinaryData.FromString(ToolCallTests.WeatherSchema));

    private async Task<ChatClient> Chat(string model, string project = "surface") =>
        fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey(project)).GetChatClient(model);

    [Fact]
    public async Task A_tool_call_comes_back_whole_with_arguments_that_satisfy_the_schema()
    {
        var chat = await Chat("sim-small");
        var options = new ChatCompletionOptions { Tools = { Weather }, ToolChoice = ChatToolChoice.CreateFunctionChoice("get_weather") };

        var completion = (await chat.CompleteChatAsync([new UserChatMessage("Will I need an umbrella in Paris for the next 3 days?")], options, Ct)).Value;

        Assert.Equal(ChatFinishReason.ToolCalls, completion.FinishReason);
        var call = Assert.Single(completion.ToolCalls);
        Assert.Equal("get_weather", call.FunctionName);
        SimHttp.Satisfies(ToolCallTests.WeatherSchema, call.FunctionArguments.ToString());
        Assert.Contains("Paris", call.FunctionArguments.ToString());
        Assert.Equal("sim-small", completion.Model);
    }

    [Fact]
    public async Task The_tool_result_round_trip_is_answered_in_text_that_uses_the_result()
    {
        var chat = await Chat("sim-small");
        var options = new ChatCompletionOptions { Tools = { Weather } };
        List<OpenAI.Chat.ChatMessage> messages = [new UserChatMessage("What is the weather in Oslo this week?")];
        var first = (await chat.CompleteChatAsync(messages, new ChatCompletionOptions { Tools = { Weather }, ToolChoice = ChatToolChoice.CreateRequiredChoice() }, Ct)).Value;
        var call = Assert.Single(first.ToolCalls);
        messages.Add(new AssistantChatMessage(first));
        messages.Add(new ToolChatMessage(call.Id, """{"forecast":"light snow","high_c":-2}"""));

        var answer = (await chat.CompleteChatAsync(messages, options, Ct)).Value;

        Assert.Equal(ChatFinishReason.Stop, answer.FinishReason);
        Assert.Contains("light snow", answer.Content[0].Text);
    }

    [Fact]
    public async Task A_streamed_tool_call_assembles_to_the_whole_one()
    {
        var chat = await Chat("sim-medium");
        var options = new ChatCompletionOptions { Tools = { Weather }, ToolChoice = ChatToolChoice.CreateFunctionChoice("get_weather") };
        List<OpenAI.Chat.ChatMessage> messages = [new UserChatMessage("Forecast for Lisbon, 5 days, in celsius please")];
        var whole = Assert.Single((await chat.CompleteChatAsync(messages, options, Ct)).Value.ToolCalls);

        var (id, name, arguments) = ("", "", new StringBuilder());
        ChatFinishReason? finish = null;
        ChatTokenUsage? usage = null;
        await foreach (var update in chat.CompleteChatStreamingAsync(messages, options, Ct))
        {
            foreach (var part in update.ToolCallUpdates)
            {
                id = part.ToolCallId ?? id;
                name = part.FunctionName ?? name;
                arguments.Append(part.FunctionArgumentsUpdate?.ToString());
            }

            finish = update.FinishReason ?? finish;
            usage = update.Usage ?? usage;
        }

        Assert.Equal(ChatFinishReason.ToolCalls, finish);
        Assert.Equal(whole.FunctionName, name);
        Assert.Equal(whole.FunctionArguments.ToString(), arguments.ToString());
        Assert.StartsWith("call_", id);
        Assert.NotNull(usage);
    }

    [Fact]
    public async Task A_strict_json_schema_answer_deserialises_into_a_record()
    {
        var chat = await Chat("sim-large");
        var schema = """
            {"type":"object","properties":{"orderId":{"type":"string"},"status":{"type":"string","enum":["pending","shipped","delivered"]},
             "items":{"type":"integer"}},"required":["orderId","status","items"],"additionalProperties":false}
            """;
        var options = new ChatCompletionOptions
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("order_status", BinaryData.FromString(schema), jsonSchemaIsStrict: true),
        };

        var completion = (await chat.CompleteChatAsync([new UserChatMessage("Where is order A-1234?")], options, Ct)).Value;

        var order = JsonSerializer.Deserialize<OrderStatus>(completion.Content[0].Text, JsonSerializerOptions.Web)!;
        Assert.False(string.IsNullOrEmpty(order.OrderId));
        Assert.Contains(order.Status, new[] { "pending", "shipped", "delivered" });
    }

    [Fact]
    public async Task An_image_part_is_forwarded_and_billed_as_image_tokens()
    {
        var chat = await Chat("sim-small");
        var image = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(MediaTests.Png(1000, 500)), "image/png", ChatImageDetailLevel.High);
        var text = (await chat.CompleteChatAsync([new UserChatMessage("What is in this picture?")], cancellationToken: Ct)).Value;

        var withImage = (await chat.CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart("What is in this picture?"), image)], cancellationToken: Ct)).Value;

        // OpenAI's rule for 1000×500 at high detail: 2 × 1 tiles of 512 px → 2 × 170 + 85.
        Assert.Equal(text.Usage.InputTokenCount + 425, withImage.Usage.InputTokenCount);
        Assert.Contains("image", withImage.Content[0].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_request_with_a_ten_megabyte_image_inline_is_accepted()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("surface-big-image"));
        var image = Convert.ToBase64String([.. MediaTests.Png(1024, 1024), .. new byte[10 * 1024 * 1024]]);
        var body = """{"model":"sim-small","max_tokens":20,"messages":[{"role":"user","content":[{"type":"text","text":"What is this?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,"""
            + image + "\"}}]}]}";

        var response = await client.PostAsync("/v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Two_choices_come_back_as_two_and_are_billed_as_both()
    {
        var chat = await Chat("sim-small", "surface-n");
        var body = BinaryContent.Create(BinaryData.FromString("""{"model":"sim-small","n":2,"max_tokens":200,"messages":[{"role":"user","content":"Give me a name for a cat"}]}"""));

        var result = await chat.CompleteChatAsync(body, new RequestOptions { CancellationToken = Ct });

        using var answer = JsonDocument.Parse(result.GetRawResponse().Content);
        var choices = answer.RootElement.GetProperty("choices").EnumerateArray().ToList();
        Assert.Equal(2, choices.Count);
        Assert.NotEqual(choices[0].GetProperty("message").GetProperty("content").GetString(), choices[1].GetProperty("message").GetProperty("content").GetString());
        var usage = await UsageView.GetAsync(fixture.Factory, "surface-n", Ct);
        Assert.Equal(answer.RootElement.GetProperty("usage").GetProperty("total_tokens").GetInt64(), usage.UsedTokens);
    }

    [Fact]
    public async Task Logprobs_are_passed_through()
    {
        var chat = await Chat("sim-small");
        var options = new ChatCompletionOptions { IncludeLogProbabilities = true, TopLogProbabilityCount = 2, MaxOutputTokenCount = 10 };

        var completion = (await chat.CompleteChatAsync([new UserChatMessage("Say hello")], options, Ct)).Value;

        Assert.NotEmpty(completion.ContentTokenLogProbabilities);
        Assert.All(completion.ContentTokenLogProbabilities, p => Assert.True(p.LogProbability <= 0));
        Assert.Equal(2, completion.ContentTokenLogProbabilities[0].TopLogProbabilities.Count);
    }

    [Fact]
    public async Task Reasoning_tokens_are_reported_and_the_budget_is_charged_what_the_provider_reported()
    {
        var project = "surface-reason-" + Guid.NewGuid().ToString("N")[..6];
        var chat = await Chat("sim-reason", project);
#pragma warning disable OPENAI001 // reasoning effort is marked experimental in the SDK
        var options = new ChatCompletionOptions { ReasoningEffortLevel = ChatReasoningEffortLevel.High, MaxOutputTokenCount = 2000 };
#pragma warning restore OPENAI001

        var completion = (await chat.CompleteChatAsync([new UserChatMessage("Plan a three-city rail trip across Europe")], options, Ct)).Value;

        Assert.True(completion.Usage.OutputTokenDetails.ReasoningTokenCount > 0);
        var usage = await UsageView.GetAsync(fixture.Factory, project, Ct);
        Assert.Equal(completion.Usage.TotalTokenCount, usage.UsedTokens);
    }

    [Fact]
    public async Task A_model_that_lacks_a_capability_the_request_needs_is_refused_before_any_call()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("surface-capability"));

        var response = await client.PostAsync("/v1/chat/completions", Json("""
            {"model":"sim-code","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}]}
            """), Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal("tools", error.GetProperty("param").GetString());
        Assert.Equal("unsupported_capability", error.GetProperty("code").GetString());
        Assert.Equal(0, (await UsageView.GetAsync(fixture.Factory, "surface-capability", Ct)).Requests);
    }

    [Fact]
    public async Task Fields_the_gateway_does_not_know_are_forwarded_and_the_providers_own_refusal_comes_back_as_it_came()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("surface-forward"));

        var vendor = await client.PostAsync("/v1/chat/completions", Json("""
            {"model":"sim-small","messages":[{"role":"user","content":"hi"}],"service_tier":"flex","prompt_cache_key":"k1","safety_identifier":"s1","verbosity":"low","frobnicate":{"level":3}}
            """), Ct);
        var refused = await client.PostAsync("/v1/chat/completions", Json("""
            {"model":"sim-small","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"xml"}}
            """), Ct);

        Assert.Equal(HttpStatusCode.OK, vendor.StatusCode);
        using var answer = JsonDocument.Parse(await vendor.Content.ReadAsStringAsync(Ct));
        Assert.Equal("flex", answer.RootElement.GetProperty("service_tier").GetString());
        var error = await OpenAiErrorAssert.IsError(refused, HttpStatusCode.BadRequest);
        Assert.StartsWith("response_format", error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task A_request_with_tool_schemas_and_images_reserves_more_than_the_same_text_alone()
    {
        var project = "surface-estimate-" + Guid.NewGuid().ToString("N")[..6];
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project));
        var png = Convert.ToBase64String(MediaTests.Png(2048, 768));
        var heavy = $$$"""
            {"model":"sim-small","max_tokens":20,"messages":[{"role":"user","content":[{"type":"text","text":"Describe the picture"},
             {"type":"image_url","image_url":{"url":"data:image/png;base64,{{{png}}}","detail":"high"}}]}],
             "tools":[{"type":"function","function":{"name":"get_weather","description":"Get the weather forecast for a city","parameters":{{{ToolCallTests.WeatherSchema}}}}}]}
            """;
        const string light = """{"model":"sim-small","max_tokens":20,"messages":[{"role":"user","content":[{"type":"text","text":"Describe the picture"}]}]}""";
        // Room for the text alone (its prompt plus 20 output tokens, priced at the chain's dearest model) but not for an
        // image worth 1,445 tokens and the weather tool's schema.
        await UsageView.SetTokenLimitAsync(fixture.Factory, project, 400, Ct);

        var heavyResponse = await client.PostAsync("/v1/chat/completions", Json(heavy), Ct);
        var lightResponse = await client.PostAsync("/v1/chat/completions", Json(light), Ct);

        var error = await OpenAiErrorAssert.IsError(heavyResponse, HttpStatusCode.TooManyRequests);
        Assert.Equal("budget_exceeded", error.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, lightResponse.StatusCode);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private sealed record OrderStatus(string OrderId, string Status, int Items);
}
