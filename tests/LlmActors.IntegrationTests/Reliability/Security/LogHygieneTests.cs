using System.Text;
using LlmActors.Tests.Reliability;

namespace LlmActors.IntegrationTests.Reliability.Security;

/// <summary>
/// What every process (API hosts, silos, simulator) writes to stdout and stderr holds no key and no prompt text,
/// after the paths most likely to log: success, streams, refusals, bad input, a failing model and its fallback,
/// rate limiting, revocation.
/// </summary>
[Collection(SecurityClusterCollection.Name)]
public sealed class LogHygieneTests(SecurityClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logs_hold_no_key_and_no_prompt_text()
    {
        var marker = "zqprompt" + Guid.NewGuid().ToString("N");
        var key = await fixture.First.CreateProjectKeyAsync("log-hygiene");
        foreach (var api in new[] { fixture.First, fixture.Second })
        {
            using var client = api.Client(key);
            await SendAsync(client, $$"""{"model":"sim-small","messages":[{"role":"user","content":"{{marker}} whole"}]}""");
            await SendAsync(client, $$"""{"model":"sim-small","stream":true,"messages":[{"role":"user","content":"{{marker}} stream"}]}""");
            await SendAsync(client, $$"""{"model":"auto","messages":[{"role":"user","content":"{{marker}} auto"}]}""");
            await SendAsync(client, $$"""{"model":"sim-small","frobnicate":1,"messages":[{"role":"user","content":"{{marker}} bad"}]}""");
            await SendAsync(client, $$"""{"model":"sim-small","messages":[{"role":"user","content":"{{marker}} truncated""");
            await SendAsync(client, $$"""{"model":"no-such-model","messages":[{"role":"user","content":"{{marker}}"}]}""");
            await SendAsync(client, $$"""{"model":"sim-embed","input":"{{marker}} embed"}""", "/v1/embeddings");
            await SendAsync(client, $$"""{"message":"{{marker}} support"}""", "/v1/support/conversations/log-hygiene/messages");
        }

        await WithPrimaryDownAsync(async () =>
        {
            using var client = fixture.Second.Client(key);
            await SendAsync(client, $$"""{"model":"sim-large","messages":[{"role":"user","content":"{{marker}} fallback"}]}""");
            await SendAsync(client, $$"""{"model":"sim-large","stream":true,"messages":[{"role":"user","content":"{{marker}} fallback stream"}]}""");
        });
        using (var wrong = fixture.First.Client(key[..^4] + "xxxx"))
        {
            await wrong.GetAsync("/v1/models", Ct);
        }

        using (var admin = fixture.First.Client(ApiHandle.AdminKey))
        {
            await admin.DeleteAsync($"/admin/keys/{key[..17]}", Ct);
        }

        using (var revoked = fixture.Second.Client(key))
        {
            await revoked.GetAsync("/v1/models", Ct);
        }

        var lines = fixture.Processes.SelectMany(p => p.AllOutput()).ToList();
        Figures.Record("security", $"log-hygiene processes={fixture.Processes.Count} lines={lines.Count}");
        // The requests themselves were logged (ASP.NET Core at Information logs each path), so absence below means something.
        Assert.Contains(lines, l => l.Contains("/v1/support/conversations/log-hygiene/messages", StringComparison.Ordinal));
        AssertAbsent(lines, key, "a project key");
        AssertAbsent(lines, key[18..], "a project key's secret");
        AssertAbsent(lines, ApiHandle.AdminKey, "the admin key");
        AssertAbsent(lines, marker, "prompt text");
    }

    private static void AssertAbsent(List<string> lines, string secret, string what)
    {
        var found = lines.Where(l => l.Contains(secret, StringComparison.Ordinal)).Take(3).ToList();
        Assert.True(found.Count == 0, $"{what} appears in the logs:\n{string.Join('\n', found)}");
    }

    private async Task WithPrimaryDownAsync(Func<Task> action)
    {
        using var simulator = new HttpClient { BaseAddress = new Uri(fixture.Cluster.SimulatorUrl!) };
        (await simulator.PutAsJsonAsync("/sim/models/sim-large/fault", new { mode = "down" }, Ct)).EnsureSuccessStatusCode();
        try
        {
            await action();
        }
        finally
        {
            (await simulator.PutAsJsonAsync("/sim/models/sim-large/fault", new { mode = "none" }, Ct)).EnsureSuccessStatusCode();
        }
    }

    private static async Task SendAsync(HttpClient client, string body, string path = "/v1/chat/completions")
    {
        using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        await response.Content.ReadAsStringAsync(Ct);
    }
}
