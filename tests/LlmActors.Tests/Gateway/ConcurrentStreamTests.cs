using System.Text;
using OpenAI.Chat;

namespace LlmActors.Tests.Gateway;

[Collection(EmbeddedApiCollection.Name)]
public sealed class ConcurrentStreamTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sim-small")]
    [InlineData("auto")]
    public async Task Many_streams_at_once_all_finish_whole(string model)
    {
        var chat = fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey("streams-" + model)).GetChatClient(model);

        // Enough at once that the silo runs several activations: every stream must still be read to its end.
        var streams = Enumerable.Range(0, 48).Select(async i =>
        {
            var text = new StringBuilder();
            ChatFinishReason? finish = null;
            await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage($"Question {i}: tell me about order tracking and delivery times in detail.")], cancellationToken: Ct))
            {
                text.Append(string.Concat(update.ContentUpdate.Select(p => p.Text)));
                finish = update.FinishReason ?? finish;
            }

            return (Text: text.ToString(), Finish: finish);
        });

        var results = await Task.WhenAll(streams);

        Assert.All(results, r => Assert.NotNull(r.Finish));
        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.Text)));
    }
}
