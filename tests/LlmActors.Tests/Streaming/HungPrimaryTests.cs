using System.Diagnostics;
using System.Text;
using LlmActors.Tests.Reliability;

namespace LlmActors.Tests.Streaming;

/// <summary>With the shipped timeouts, a primary that never answers is covered by its backup, not turned into a 503.</summary>
[Collection(PacedApiCollection.Name)]
public sealed class HungPrimaryTests(PacedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_primary_that_does_not_answer_for_two_minutes_is_answered_by_its_backup()
    {
        var project = "hung-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Factory.SetFault("sim-large", "slow", delayMs: 120_000);
        try
        {
            using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project));
            client.Timeout = TimeSpan.FromMinutes(3);
            var clock = Stopwatch.StartNew();

            var response = await client.PostAsync("/v1/chat/completions", new StringContent(
                """{"model":"sim-large","max_tokens":30,"messages":[{"role":"user","content":"Where is my parcel?"}]}""", Encoding.UTF8, "application/json"), Ct);

            Figures.Record("deadlines", $"hung primary answered by its backup in {clock.Elapsed.TotalSeconds:0.0} s with default timeouts");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("true", response.Headers.GetValues("x-llmactors-fallback").Single());
            Assert.Equal("sim-medium", response.Headers.GetValues("x-llmactors-model").Single());
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
            var usage = await UsageView.GetAsync(fixture.Factory, project, Ct);
            Assert.Equal(1, usage.Requests);
            Assert.Equal(0, usage.ReservedTokens);
        }
        finally
        {
            await fixture.Factory.SetFault("sim-large", "none");
        }
    }
}
