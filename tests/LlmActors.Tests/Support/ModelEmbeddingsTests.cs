using System.Text.Json;

namespace LlmActors.Tests.Support;

public sealed class ModelEmbeddingsTests(ModelEmbeddingsFixture fixture) : IClassFixture<ModelEmbeddingsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_configured_embedding_model_serves_the_cache_and_its_calls_are_charged_to_the_project()
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("embedding-model"));
        async Task<JsonElement> Ask(string message)
        {
            var response = await client.PostAsJsonAsync($"/v1/support/conversations/c{Guid.NewGuid():N}/messages", new { message }, Ct);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        }

        var first = await Ask("How do I get an invoice for my purchase?");
        var repeat = await Ask("How can I get an invoice for this purchase?");

        Assert.Equal("miss", first.GetProperty("cache").GetString());
        Assert.Equal("hit", repeat.GetProperty("cache").GetString());
        Assert.Contains("similar to", repeat.GetProperty("reason").GetString());
        Assert.Contains(fixture.Budget.Charged, c => c.Key.StartsWith("emb-", StringComparison.Ordinal) && c.Value > 0);
    }
}
