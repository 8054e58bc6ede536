using System.Text.Json;

namespace LlmActors.IntegrationTests.Cluster;

/// <summary>A stored response lives in its own grain, persisted in PostgreSQL: killing the silo that holds it loses nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StoredResponseFailoverTests(PostgresFixture postgres)
{
    private const string Weather = """{"type":"function","name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_response_continues_by_previous_response_id_after_the_silo_holding_it_is_killed()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await using var cluster = new TestCluster(db);
        await cluster.StartSimulatorAsync();
        List<SiloHandle> silos = [cluster.StartSilo(), cluster.StartSilo()];
        await Task.WhenAll(silos.Select(s => s.WaitReadyAsync()));
        var api = await cluster.StartReadyApiAsync();
        using var client = api.Client(await api.CreateProjectKeyAsync("acme"));
        using var first = await Post(client, $$"""{"model":"sim-small","input":"What is the weather in Oslo?","tools":[{{Weather}}],"tool_choice":"required"}""");
        var call = first.RootElement.GetProperty("output")[0];
        var id = first.RootElement.GetProperty("id").GetString()!;
        Assert.Equal("get_weather", call.GetProperty("name").GetString());
        Assert.NotNull(await GrainStateRows.ReadAsync(db, "response", $"acme/{id}"));
        var holder = await HolderAsync(silos);

        await holder.KillAsync();
        var seen = new List<int>();
        string? text = null;
        await Eventually.Until("the response continued after kill -9", TimeSpan.FromSeconds(60), async () =>
        {
            using var response = await client.PostAsync("/v1/responses", Json($$"""
                {"model":"sim-small","previous_response_id":"{{id}}","tools":[{{Weather}}],
                 "input":[{"type":"function_call_output","call_id":"{{call.GetProperty("call_id").GetString()}}","output":"light snow"}]}
                """), Ct);
            seen.Add((int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            text = json.RootElement.GetProperty("output")[0].GetProperty("content")[0].GetProperty("text").GetString();
            return true;
        }, () => api.Process.RecentOutput());

        // Only the failover's own answers on the way (503 while the cluster notices), never "not found".
        Assert.DoesNotContain(404, seen);
        Assert.Contains("get_weather", text);
        Assert.Contains("light snow", text);
        using var stored = await client.GetAsync($"/v1/responses/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    /// <summary>The one silo with an activation of the stored response's grain (created a moment ago, so still active).</summary>
    private static async Task<SiloHandle> HolderAsync(List<SiloHandle> silos)
    {
        var holders = new List<SiloHandle>();
        foreach (var silo in silos)
        {
            if (await silo.ActivationsAsync("response") > 0)
            {
                holders.Add(silo);
            }
        }

        return Assert.Single(holders);
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    private static async Task<JsonDocument> Post(HttpClient client, string body)
    {
        using var response = await client.PostAsync("/v1/responses", Json(body), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }
}
