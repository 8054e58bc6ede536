using System.Text.Json;

namespace LlmActors.Tests.Support;

[Collection(SupportApiCollection.Name)]
public sealed class SupportApiTests(SupportApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    private async Task<HttpClient> ProjectClient(string project) =>
        fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project));

    private static async Task<JsonElement> Send(HttpClient client, string conversation, string message, string? requestId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/support/conversations/{conversation}/messages")
        {
            Content = JsonContent.Create(new { message }),
        };
        if (requestId is not null)
        {
            request.Headers.Add("x-request-id", requestId);
        }

        var response = await client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_first_faq_goes_to_the_cheap_tier_and_the_next_customer_gets_it_from_cache_for_free()
    {
        var client = await ProjectClient(NewId("p"));
        var (first, second, third) = (NewId("r"), NewId("r"), NewId("r"));

        var asked = await Send(client, NewId("c"), "How do I return an item?", first);
        var repeated = await Send(client, NewId("c"), "hi, HOW do i return an item?? thanks", second);
        var paraphrased = await Send(client, NewId("c"), "How can I return an item?", third);

        Assert.Equal(("simple", "sim-small", "miss"), (asked.GetProperty("tier").GetString(), asked.GetProperty("model").GetString(), asked.GetProperty("cache").GetString()));
        Assert.True(asked.GetProperty("costUsd").GetDecimal() > 0);
        Assert.True(fixture.Budget.ChargedUnder(first) > 0);
        foreach (var (hit, requestId) in new[] { (repeated, second), (paraphrased, third) })
        {
            Assert.Equal("hit", hit.GetProperty("cache").GetString());
            Assert.Equal(asked.GetProperty("reply").GetString(), hit.GetProperty("reply").GetString());
            Assert.Equal(0m, hit.GetProperty("costUsd").GetDecimal());
            Assert.Equal(0, hit.GetProperty("promptTokens").GetInt32() + hit.GetProperty("completionTokens").GetInt32());
            Assert.False(fixture.Budget.ReservedUnder(requestId), "a cache hit must not touch the budget");
        }
    }

    [Fact]
    public async Task A_chinese_faq_asked_twice_is_answered_whole_and_from_cache_the_second_time()
    {
        var client = await ProjectClient(NewId("p"));

        var asked = await Send(client, NewId("c"), "我想退货,怎么操作?");
        var again = await Send(client, NewId("c"), "我想退货,怎么操作?");

        // The default cap fits a Chinese answer: it ends on its own (a cut one would never be kept).
        Assert.Equal("miss", asked.GetProperty("cache").GetString());
        Assert.True(asked.GetProperty("completionTokens").GetInt32() < new LlmActors.Grains.Support.SupportOptions().MaxOutputTokensCjk);
        Assert.Equal("hit", again.GetProperty("cache").GetString());
        Assert.Equal(asked.GetProperty("reply").GetString(), again.GetProperty("reply").GetString());
    }

    [Fact]
    public async Task A_chinese_follow_up_which_is_never_cached_keeps_the_latency_cap()
    {
        var client = await ProjectClient(NewId("p"));
        var conversation = NewId("c");
        await Send(client, conversation, "我想退货,怎么操作?");

        var followUp = await Send(client, conversation, "我想退货,怎么操作?");

        Assert.Equal("bypass", followUp.GetProperty("cache").GetString());
        Assert.True(followUp.GetProperty("completionTokens").GetInt32() <= new LlmActors.Grains.Support.SupportOptions().MaxOutputTokens);
    }

    [Fact]
    public async Task A_long_conversation_climbs_the_tiers_and_its_follow_ups_bypass_the_cache()
    {
        var client = await ProjectClient(NewId("p"));
        var conversation = NewId("c");
        var replies = new List<JsonElement>();
        for (var turn = 0; turn < 6; turn++)
        {
            replies.Add(await Send(client, conversation, "I want a refund for my order"));
        }

        Assert.Equal(["simple", "simple", "simple", "medium", "medium", "complex"], replies.Select(r => r.GetProperty("tier").GetString()));
        Assert.Equal(["miss", "bypass", "bypass", "bypass", "bypass", "bypass"], replies.Select(r => r.GetProperty("cache").GetString()));
        Assert.Contains("follow-up", replies[1].GetProperty("reason").GetString());

        var view = await client.GetFromJsonAsync<JsonElement>($"/v1/support/conversations/{conversation}", Ct);
        Assert.Equal(6, view.GetProperty("turns").GetInt32());
        Assert.Equal(12, view.GetProperty("messages").GetArrayLength());
        Assert.Equal("assistant", view.GetProperty("messages")[1].GetProperty("role").GetString());
        Assert.Equal(replies.Sum(r => r.GetProperty("costUsd").GetDecimal()), view.GetProperty("totalCostUsd").GetDecimal());
    }

    [Fact]
    public async Task Concurrent_messages_to_one_conversation_are_answered_one_after_another()
    {
        var client = await ProjectClient(NewId("p"));
        var conversation = NewId("c");

        var replies = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Send(client, conversation, $"I want a refund, question {i}")));

        // Each turn saw every earlier one: no two answers were built on the same history.
        var earlier = replies.Select(r => System.Text.RegularExpressions.Regex.Match(r.GetProperty("reason").GetString()!, @"(\d+) earlier turns").Groups[1].Value);
        Assert.Equal(["0", "1", "2", "3"], earlier.Order());
        var view = await client.GetFromJsonAsync<JsonElement>($"/v1/support/conversations/{conversation}", Ct);
        Assert.Equal(["user", "assistant", "user", "assistant", "user", "assistant", "user", "assistant"],
            view.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task A_streamed_turn_and_a_whole_one_on_one_conversation_are_answered_one_after_the_other()
    {
        var client = await ProjectClient(NewId("p"));
        var (conversation, streamId) = (NewId("c"), NewId("r"));
        using var streamRequest = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = JsonContent.Create(new { model = "auto", stream = true, messages = new[] { new { role = "user", content = "Where is my order?" } } }),
        };
        streamRequest.Headers.Add("x-request-id", streamId);
        streamRequest.Headers.Add("x-conversation-id", conversation);
        await fixture.Factory.SetFault("sim-small", "slow", 1500);
        try
        {
            var streamed = Task.Run(async () => await (await client.SendAsync(streamRequest, Ct)).Content.ReadAsStringAsync(Ct), Ct);
            // The streamed turn holds the conversation (its model call is under way) before the whole turn is sent.
            await Eventually.Until(() => Task.FromResult(fixture.Budget.ReservedUnder(streamId)), reserved => reserved, Ct);
            var whole = await Send(client, conversation, "I want a refund for my order");

            Assert.EndsWith("data: [DONE]", (await streamed).TrimEnd());
            Assert.Contains("1 earlier turns", whole.GetProperty("reason").GetString());
        }
        finally
        {
            await fixture.Factory.SetFault("sim-small", "none");
        }

        var view = await client.GetFromJsonAsync<JsonElement>($"/v1/support/conversations/{conversation}", Ct);
        Assert.Equal(2, view.GetProperty("turns").GetInt32());
        Assert.Equal(["user:Where is my order?", "assistant", "user:I want a refund for my order", "assistant"],
            view.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString() is "user" and var role
                ? role + ":" + m.GetProperty("content").GetString()
                : m.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Another_projects_key_reaches_neither_the_conversation_nor_its_cached_answers()
    {
        var (a, b) = (await ProjectClient(NewId("p")), await ProjectClient(NewId("p")));
        var conversation = NewId("c");
        await Send(a, conversation, "How do I get an invoice?");

        await OpenAiErrorAssert.IsError(await b.GetAsync($"/v1/support/conversations/{conversation}", Ct), HttpStatusCode.NotFound);
        Assert.Equal("miss", (await Send(b, NewId("c"), "How do I get an invoice?")).GetProperty("cache").GetString());
    }

    [Fact]
    public async Task A_retried_request_is_answered_once()
    {
        var client = await ProjectClient(NewId("p"));
        var (conversation, requestId) = (NewId("c"), NewId("r"));

        var first = await Send(client, conversation, "Where is my order?", requestId);
        var retried = await Send(client, conversation, "Where is my order?", requestId);

        Assert.Equal(first.GetProperty("reply").GetString(), retried.GetProperty("reply").GetString());
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>($"/v1/support/conversations/{conversation}", Ct)).GetProperty("turns").GetInt32());
    }

    [Theory]
    [InlineData("c1", """{"userId": "u1"}""", "message")]
    [InlineData("c1", """{"message": 42}""", "message")]
    [InlineData("c1", """{"message": "hi", "userId": "not valid!"}""", "userId")]
    [InlineData("c1", """{"message": "hi", "colour": "blue"}""", "colour")]
    [InlineData("bad%20id", """{"message": "hi"}""", "conversationId")]
    public async Task Bad_input_is_a_400_naming_the_field(string conversation, string json, string field)
    {
        var client = await ProjectClient(NewId("p"));
        var response = await client.PostAsync($"/v1/support/conversations/{conversation}/messages",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, error.GetProperty("param").GetString());
    }
}
