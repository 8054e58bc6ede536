using System.Text;
using System.Text.Json;

namespace LlmActors.Tests.Gateway;

/// <summary>
/// One logical model on several deployments: traffic is spread by weight, and a deployment that answers 429 is
/// left for its <c>Retry-After</c> while the model's other deployment answers — no fallback to another model.
/// The deployments are two simulator models behind one logical name, so each answer says which one served it.
/// </summary>
public sealed class DeploymentTests : IAsyncLifetime
{
    private readonly EmbeddedApiFactory _factory = new();
    private string _key = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        foreach (var (name, tier) in new[] { ("sim-small", "Simple"), ("sim-medium", "Medium"), ("sim-large", "Complex") })
        {
            _factory.Settings[$"Models:Catalog:{name}:Tier"] = tier;
            _factory.Settings[$"Models:Catalog:{name}:InputPerMillionUsd"] = "1";
        }

        _factory.Settings["Models:Catalog:pool:InputPerMillionUsd"] = "1";
        _factory.Settings["Models:Catalog:pool:OutputPerMillionUsd"] = "2";
        _factory.Settings["Models:Catalog:pool:Fallbacks:0"] = "sim-large";
        _factory.Settings["Models:Catalog:pool:Deployments:0:ProviderModel"] = "sim-small";
        _factory.Settings["Models:Catalog:pool:Deployments:0:Weight"] = "3";
        _factory.Settings["Models:Catalog:pool:Deployments:1:ProviderModel"] = "sim-medium";
        _factory.Settings["Models:Catalog:pool:Deployments:1:Weight"] = "1";
        _factory.StartServer();
        _key = await _factory.CreateProjectKey("deployments");
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Traffic_is_spread_over_the_deployments_by_weight()
    {
        var served = await ServeAsync(200);

        Assert.All(served, s => Assert.Equal(("pool", "false"), (s.Model, s.Fallback)));
        var small = served.Count(s => s.Deployment == "sim-small");
        Assert.InRange(small, 120, 180);
        Assert.Equal(200 - small, served.Count(s => s.Deployment == "sim-medium"));
    }

    [Fact]
    public async Task A_throttled_deployment_is_left_for_its_retry_after_while_the_other_one_answers()
    {
        await _factory.SetFault("sim-small", "throttle", delayMs: 3000);
        var throttled = await ServeAsync(20);
        await _factory.SetFault("sim-small", "none");
        var cooling = await ServeAsync(20);
        await Task.Delay(TimeSpan.FromSeconds(3.5), Ct);
        var recovered = await ServeAsync(40);

        Assert.All(throttled.Concat(cooling), s => Assert.Equal(("pool", "false", "sim-medium"), (s.Model, s.Fallback, s.Deployment)));
        Assert.Contains(recovered, s => s.Deployment == "sim-small");
    }

    private async Task<List<(string Model, string Fallback, string Deployment)>> ServeAsync(int count)
    {
        using var client = _factory.Client(_key);
        var served = new List<(string, string, string)>();
        for (var i = 0; i < count; i++)
        {
            var response = await client.PostAsync("/v1/chat/completions", new StringContent(
                $$"""{"model":"pool","max_tokens":8,"messages":[{"role":"user","content":"hello {{i}}"}]}""", Encoding.UTF8, "application/json"), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            var text = answer.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
            served.Add((response.Headers.GetValues("x-llmactors-model").Single(), response.Headers.GetValues("x-llmactors-fallback").Single(),
                text[1..text.IndexOf(']', StringComparison.Ordinal)]));
        }

        return served;
    }
}
