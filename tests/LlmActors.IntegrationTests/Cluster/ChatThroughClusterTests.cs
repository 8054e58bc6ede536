using System.Text.Json;

namespace LlmActors.IntegrationTests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class ChatThroughClusterTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_chat_completion_is_answered_through_the_cluster_by_the_standalone_simulator()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await using var cluster = new TestCluster(db);
        await cluster.StartSimulatorAsync();
        await cluster.StartReadySiloAsync();
        var api = await cluster.StartReadyApiAsync();
        using var client = api.Client(await api.CreateProjectKeyAsync("acme"));

        var response = await client.PostAsJsonAsync("/v1/chat/completions",
            new { model = "sim-small", messages = new[] { new { role = "user", content = "Where is my parcel?" } } },
            TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("sim-small", response.Headers.GetValues("x-llmactors-model").Single());
        using var json = JsonDocument.Parse(body);
        Assert.StartsWith("[sim-small]", json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
    }
}
