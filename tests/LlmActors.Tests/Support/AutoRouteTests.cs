using System.Text.Json;

namespace LlmActors.Tests.Support;

[Collection(SupportApiCollection.Name)]
public sealed class AutoRouteTests(SupportApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    private static async Task<HttpResponseMessage> Chat(HttpClient client, object body, string? requestId = null, string? conversation = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = JsonContent.Create(body) };
        request.Headers.Add("x-request-id", requestId ?? NewId("r"));
        if (conversation is not null)
        {
            request.Headers.Add("x-conversation-id", conversation);
        }

        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
    }

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();

    private static object Ask(params (string Role, string Content)[] messages) =>
        new { model = "auto", messages = messages.Select(m => new { role = m.Role, content = m.Content }) };

    [Fact]
    public async Task Auto_routes_an_faq_to_the_cheap_tier_and_serves_the_repeat_from_cache_without_charge()
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(NewId("p")));
        var repeatId = NewId("r");

        var first = await Chat(client, Ask(("user", "How do I get an invoice?")));
        var repeat = await Chat(client, Ask(("user", "how do I get an invoice")), repeatId);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(("simple", "miss", "sim-small"), (Header(first, "x-llmactors-tier"), Header(first, "x-llmactors-cache"), Header(first, "x-llmactors-model")));
        Assert.NotEqual("0", Header(first, "x-llmactors-cost-usd"));
        Assert.Equal(("hit", "0"), (Header(repeat, "x-llmactors-cache"), Header(repeat, "x-llmactors-cost-usd")));
        var answer = await repeat.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(0, answer.GetProperty("usage").GetProperty("total_tokens").GetInt32());
        Assert.False(fixture.Budget.ReservedUnder(repeatId));
    }

    [Fact]
    public async Task An_answer_cut_at_its_token_cap_is_never_kept_for_the_next_customer()
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(NewId("p")));
        var cut = new { model = "auto", max_tokens = 5, messages = new[] { new { role = "user", content = "我想退货,怎么操作?" } } };

        var first = await Chat(client, cut);
        var repeat = await Chat(client, Ask(("user", "我想退货,怎么操作?")));

        var answer = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("length", answer.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal("miss", Header(repeat, "x-llmactors-cache"));
    }

    [Fact]
    public async Task Different_instructions_or_a_follow_up_never_share_cached_answers()
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(NewId("p")));
        await Chat(client, Ask(("system", "Answer as a pirate."), ("user", "How do I cancel my order?")));

        var otherInstructions = await Chat(client, Ask(("system", "Answer formally."), ("user", "How do I cancel my order?")));
        var followUp = await Chat(client, Ask(("system", "Answer as a pirate."), ("user", "hello"), ("assistant", "Ahoy"), ("user", "How do I cancel my order?")));

        Assert.Equal("miss", Header(otherInstructions, "x-llmactors-cache"));
        Assert.Equal("bypass", Header(followUp, "x-llmactors-cache"));
    }

    [Fact]
    public async Task A_json_mode_answer_is_never_served_to_a_plain_question()
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(NewId("p")));
        var json = new { model = "auto", response_format = new { type = "json_object" }, messages = new[] { new { role = "user", content = "How do I get an invoice?" } } };

        var inJson = await Chat(client, json);
        var plain = await Chat(client, Ask(("user", "How do I get an invoice?")));
        var jsonAgain = await Chat(client, json);

        Assert.Equal(("miss", "miss", "hit"), (Header(inJson, "x-llmactors-cache"), Header(plain, "x-llmactors-cache"), Header(jsonAgain, "x-llmactors-cache")));
    }

    [Fact]
    public async Task A_request_with_stop_sequences_is_neither_served_from_the_cache_nor_stored_in_it()
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(NewId("p")));
        var withStop = new { model = "auto", stop = new[] { "." }, messages = new[] { new { role = "user", content = "What payment methods do you accept?" } } };

        var cut = await Chat(client, withStop);
        var plain = await Chat(client, Ask(("user", "What payment methods do you accept?")));
        var cutAgain = await Chat(client, withStop);

        Assert.Equal("bypass", Header(cut, "x-llmactors-cache"));
        Assert.Equal("miss", Header(plain, "x-llmactors-cache"));
        Assert.Equal("bypass", Header(cutAgain, "x-llmactors-cache"));
    }

    [Fact]
    public async Task A_different_earlier_assistant_turn_is_cached_apart()
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(NewId("p")));

        var returns = await Chat(client, Ask(("assistant", "Hi, this is the returns desk."), ("user", "How do I cancel my order?")));
        var billing = await Chat(client, Ask(("assistant", "Hi, this is the billing desk."), ("user", "How do I cancel my order?")));
        var returnsAgain = await Chat(client, Ask(("assistant", "Hi, this is the returns desk."), ("user", "How do I cancel my order?")));

        Assert.Equal(("miss", "miss", "hit"), (Header(returns, "x-llmactors-cache"), Header(billing, "x-llmactors-cache"), Header(returnsAgain, "x-llmactors-cache")));
    }

    [Fact]
    public async Task A_conversation_id_routes_through_that_conversation()
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(NewId("p")));
        var conversation = NewId("c");

        var response = await Chat(client, Ask(("user", "Write a limerick about my cat")), conversation: conversation);

        Assert.Equal(("medium", "sim-medium"), (Header(response, "x-llmactors-tier"), Header(response, "x-llmactors-model")));
        var view = await client.GetFromJsonAsync<JsonElement>($"/v1/support/conversations/{conversation}", Ct);
        Assert.Equal(1, view.GetProperty("turns").GetInt32());
    }

    [Fact]
    public async Task A_streamed_auto_request_names_tier_and_cache_before_the_text()
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(NewId("p")));
        object Streamed() => new { model = "auto", stream = true, messages = new[] { new { role = "user", content = "What payment methods do you accept?" } } };

        var first = await Chat(client, Streamed());
        var firstBody = await first.Content.ReadAsStringAsync(Ct);
        var repeat = await Chat(client, Streamed());
        var repeatBody = await repeat.Content.ReadAsStringAsync(Ct);

        Assert.Equal(("simple", "miss"), (Header(first, "x-llmactors-tier"), Header(first, "x-llmactors-cache")));
        Assert.Equal("hit", Header(repeat, "x-llmactors-cache"));
        Assert.EndsWith("data: [DONE]", firstBody.TrimEnd());
        Assert.EndsWith("data: [DONE]", repeatBody.TrimEnd());
    }
}
