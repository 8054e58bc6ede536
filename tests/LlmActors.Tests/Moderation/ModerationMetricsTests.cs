using static LlmActors.Tests.Moderation.ModerationClient;

namespace LlmActors.Tests.Moderation;

/// <summary>
/// On the moderation collection's own API rather than the shared one: the Prometheus exporter caches a scrape
/// briefly, and a scrape here must not be what the gateway's own metrics test reads.
/// </summary>
[Collection(ModerationFaultCollection.Name)]
public sealed class ModerationMetricsTests(ModerationFaultFixture fixture)
{
    [Fact]
    public async Task Decisions_are_counted_in_the_metrics_by_stage_and_decision()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-metrics"));
        await Moderate(client, Threat);

        var text = await Eventually.Get(fixture.Factory.Client(), "/metrics",
            body => body.Contains("llmactors_moderation_decision=\"block\""), TestContext.Current.CancellationToken);

        Assert.Contains("llmactors_moderation_decisions_total{", text);
        Assert.Contains("llmactors_moderation_stage=\"fast\"", text);
        Assert.Contains("llmactors_moderation_duration_seconds", text);
        Assert.Contains("gen_ai_request_model=\"sim-mod-fast\"", text);
    }
}
