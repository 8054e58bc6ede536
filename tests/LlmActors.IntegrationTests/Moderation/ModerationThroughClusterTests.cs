using System.Text.Json;

namespace LlmActors.IntegrationTests.Moderation;

[Collection(ClusterCollection.Name)]
public sealed class ModerationThroughClusterTests(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Thresholds 0 and 1 send every input to the strong model, which the standalone simulator serves as a chat
    /// model asked for a JSON score: the policy is visibly in force, before and after the silo holding it dies.
    /// </summary>
    [Fact]
    public async Task A_projects_moderation_policy_is_stored_in_postgres_and_survives_its_silo()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await using var cluster = new TestCluster(db);
        await cluster.StartSimulatorAsync();
        var first = await cluster.StartReadySiloAsync();
        var api = await cluster.StartReadyApiAsync();
        using var client = api.Client(await api.CreateProjectKeyAsync("acme"));
        using var admin = api.Client(ApiHandle.AdminKey);
        var put = await admin.PutAsJsonAsync("/admin/projects/acme/moderation", new { allowBelow = 0.0, blockAbove = 1.0, failMode = "open" }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var before = await StageOf(client);
        var row = await GrainStateRows.ReadAsync(db, "moderation", "acme");
        await cluster.StartReadySiloAsync();
        await first.KillAsync();
        string? after = null;
        await Eventually.Until("moderation answered after kill -9", TimeSpan.FromSeconds(30),
            async () => (after = await TryStageOf(client)) is not null, api.Process.RecentOutput);

        Assert.Equal("strong", before);
        Assert.NotNull(row);
        Assert.Equal(1.0, row.Value.Payload.GetProperty("Policy").GetProperty("BlockAbove").GetDouble());
        Assert.Equal("strong", after);
        var policy = await admin.GetFromJsonAsync<JsonElement>("/admin/projects/acme/moderation", Ct);
        Assert.Equal("open", policy.GetProperty("failMode").GetString());
    }

    private static async Task<string?> StageOf(HttpClient client) =>
        await TryStageOf(client) ?? throw new InvalidOperationException("moderation did not answer 200");

    private static async Task<string?> TryStageOf(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/v1/moderations", new { input = "What time does the library open on Sunday?" }, Ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return body.GetProperty("results")[0].GetProperty("llmactors").GetProperty("stage").GetString();
    }
}
