using LlmActors.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Tests.Idempotency;

/// <summary>Every POST route that calls a model honours keys, and a conversation recognises a retried turn by its key.</summary>
[Collection(IdempotencyApiCollection.Name)]
public sealed class IdempotentRouteTests(IdempotencyApiFixture fixture)
{
    public static TheoryData<string, string, string> Routes => new()
    {
        { "/v1/chat/completions", KeyedCall.Chat("Where is my parcel?"), KeyedCall.Chat("How do I return an item?") },
        { "/v1/embeddings", """{"model":"sim-embed","input":"parcel"}""", """{"model":"sim-embed","input":"refund"}""" },
        { "/v1/responses", """{"model":"sim-small","input":"Where is my parcel?","max_output_tokens":16}""", """{"model":"sim-small","input":"How do I return an item?","max_output_tokens":16}""" },
        { "/v1/moderations", """{"input":"I love this shop"}""", """{"input":"What a nice day"}""" },
        {
            "/v1/moderations/evaluate", """{"items":[{"input":"I love this shop","flagged":false}]}""",
            """{"items":[{"input":"What a nice day","flagged":false}]}"""
        },
        { "/v1/support/conversations/c1/messages", """{"message":"Where is my order?"}""", """{"message":"How do I get an invoice?"}""" },
        {
            "/v1/code/completions", """{"path":"a.py","content":"def add(a, b):\n    ","cursor":19}""",
            """{"path":"a.py","content":"def sub(a, b):\n    ","cursor":19}"""
        },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_model_route_replays_a_repeat_and_refuses_another_body_under_the_same_key(string path, string body, string other)
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("route-" + Guid.NewGuid().ToString("N")[..8]));
        var key = "k-" + Guid.NewGuid().ToString("N");
        var first = await KeyedCall.SendAsync(client, path, body, key);

        var repeat = await KeyedCall.SendAsync(client, path, body, key);
        var reused = await KeyedCall.SendAsync(client, path, other, key);

        Assert.True(first.Status == HttpStatusCode.OK, $"{(int)first.Status}: {first.Body}");
        Assert.True(repeat.Replayed);
        Assert.Equal(first.Body, repeat.Body);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "idempotency_key_reused"), (reused.Status, reused.ErrorCode));
    }

    [Fact]
    public async Task A_conversation_turn_retried_under_its_key_with_a_new_budget_id_is_recorded_once()
    {
        var project = "conv-" + Guid.NewGuid().ToString("N")[..8];
        var conversation = fixture.Factory.Services.GetRequiredService<IClusterClient>().Conversation(project, "c1");

        var first = await conversation.Send(new SupportTurn("k1:budget-a", "Where is my order?", null, "k1"), TestContext.Current.CancellationToken);
        var retried = await conversation.Send(new SupportTurn("k1:budget-b", "Where is my order?", null, "k1"), TestContext.Current.CancellationToken);

        Assert.Null(first.Error);
        Assert.Equal(first.Reply, retried.Reply);
        Assert.Equal(1, (await conversation.Get())!.Turns);
    }
}
