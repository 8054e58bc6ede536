namespace LlmActors.Tests.Api;

[Collection(EmbeddedApiCollection.Name)]
public sealed class MetricsTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_show_model_calls_tokens_and_cost_in_prometheus_text()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("metrics"));
        var call = await client.PostAsJsonAsync("/v1/chat/completions", new { model = "sim-small", messages = new[] { new { role = "user", content = "count me" } } }, Ct);
        Assert.Equal(HttpStatusCode.OK, call.StatusCode);

        // The exporter caches a scrape briefly, so wait for one that includes this very call's model and labels.
        var text = await Eventually.Get(fixture.Factory.Client(), "/metrics",
            body => body.Contains("llmactors_model_calls_total") && body.Contains("gen_ai_request_model=\"sim-small\"") && body.Contains("gen_ai_client_token_usage"), Ct);

        Assert.Contains("gen_ai_client_token_usage", text);
        Assert.Contains("llmactors_cost_USD_total", text);
        Assert.Contains("gen_ai_request_model=\"sim-small\"", text);
        Assert.Contains("http_server_request_duration_seconds", text);
    }
}
