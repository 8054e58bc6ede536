using System.Text.Json;
using LlmActors.Grains.Moderation;
using LlmActors.Moderation;
using Microsoft.Extensions.DependencyInjection;
using static LlmActors.Tests.Moderation.ModerationClient;

namespace LlmActors.Tests.Moderation;

[Collection(ModerationFaultCollection.Name)]
public sealed class ModerationFaultTests(ModerationFaultFixture fixture)
{
    private const string FastModel = "sim-mod-fast";
    private const string StrongModel = "sim-mod-strong";

    private EmbeddedApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Strong_model_down_and_fail_closed_blocks_what_needed_it_and_says_so()
    {
        // Thresholds 0 and 1 send every input to the strong model.
        using var client = await Project("mod-fail-closed", new { allowBelow = 0.0, blockAbove = 1.0, failMode = "closed" });

        var verdict = await WithFault(StrongModel, () => Extension(client, Benign));

        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        Assert.Equal("strong", verdict.GetProperty("stage").GetString());
        Assert.Equal("closed", verdict.GetProperty("failMode").GetString());
        Assert.True(verdict.GetProperty("degraded").GetBoolean());
        Assert.False(verdict.TryGetProperty("strongScore", out _));
        Assert.InRange(verdict.GetProperty("fastScore").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task Strong_model_down_and_fail_open_allows_what_needed_it_and_says_so()
    {
        using var client = await Project("mod-fail-open", new { allowBelow = 0.0, blockAbove = 1.0, failMode = "open" });

        var verdict = await WithFault(StrongModel, () => Extension(client, Threat));

        Assert.Equal("allow", verdict.GetProperty("decision").GetString());
        Assert.Equal("open", verdict.GetProperty("failMode").GetString());
        Assert.True(verdict.GetProperty("degraded").GetBoolean());
    }

    [Fact]
    public async Task Clear_cases_are_still_decided_on_the_fast_path_while_the_strong_model_is_down()
    {
        using var client = await Project("mod-strong-down-fast-path", new { allowBelow = 0.2, blockAbove = 0.8 });

        var (benign, threat) = await WithFault(StrongModel, async () => (await Extension(client, Benign), await Extension(client, Threat)));

        Assert.Equal(("allow", "fast", false), Decision(benign));
        Assert.Equal(("block", "fast", false), Decision(threat));
    }

    [Fact]
    public async Task Fast_model_down_escalates_straight_to_the_strong_model()
    {
        using var client = await Project("mod-fast-down", new { allowBelow = 0.2, blockAbove = 0.8 });

        var (benign, threat) = await WithFault(FastModel, async () => (await Extension(client, Benign), await Extension(client, Threat)));

        Assert.Equal(("allow", "strong", true), Decision(benign));
        Assert.Equal(("block", "strong", true), Decision(threat));
        Assert.Equal(JsonValueKind.Null, threat.GetProperty("fastScore").ValueKind);
        Assert.InRange(threat.GetProperty("strongScore").GetDouble(), 0.5, 1);
        Assert.False(threat.TryGetProperty("failMode", out _));
    }

    [Fact]
    public async Task Both_models_down_leaves_the_decision_to_the_fail_mode()
    {
        using var client = await Project("mod-both-down", new { allowBelow = 0.2, blockAbove = 0.8, failMode = "open" });

        var verdict = await WithFault(FastModel, () => WithFault(StrongModel, () => Extension(client, Threat)));

        Assert.Equal(("allow", "strong", true), Decision(verdict));
        Assert.Equal("open", verdict.GetProperty("failMode").GetString());
        Assert.Equal(JsonValueKind.Null, verdict.GetProperty("fastScore").ValueKind);
    }

    [Fact]
    public async Task A_cascade_left_while_the_strong_model_hangs_is_charged_for_every_call_it_made()
    {
        const string project = "mod-left-hanging";
        using var admin = Factory.AdminClient();
        var cascade = Factory.Services.GetRequiredService<ModerationCascade>();
        await Factory.SetFault(StrongModel, "slow", 20_000);
        try
        {
            // Thresholds 0 and 1 send both inputs on: the fast stage answers at once, the caller leaves while both
            // strong calls are out.
            using var leave = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cascade.ModerateAsync(
                new ModerationRequest(project, "left-1", [Benign, Threat]), new ModerationPolicy(0, 1, FailMode.Closed), leave.Token));

            var usage = await Usage(admin, project);
            var report = await Eventually.Get(admin, $"/admin/projects/{project}/spend?groupBy=model",
                body => body.Contains(FastModel) && body.Contains(StrongModel), TestContext.Current.CancellationToken);
            var rows = JsonDocument.Parse(report).RootElement.GetProperty("rows").EnumerateArray()
                .ToDictionary(r => r.GetProperty("key").GetString()!, r => r.Clone());
            Assert.Equal(0, usage.GetProperty("reservedTokens").GetInt64());
            // The strong calls reached the model, which bills the input it received; the fast one is charged in full.
            Assert.True(rows[FastModel].GetProperty("promptTokens").GetInt64() > 0);
            Assert.True(rows[StrongModel].GetProperty("promptTokens").GetInt64() > 0);
            Assert.Equal(rows.Values.Sum(r => r.GetProperty("promptTokens").GetInt64() + r.GetProperty("completionTokens").GetInt64()),
                usage.GetProperty("usedTokens").GetInt64());
        }
        finally
        {
            await Factory.SetFault(StrongModel, "none");
        }
    }

    [Fact]
    public async Task A_moderation_request_whose_client_leaves_while_the_strong_model_hangs_is_settled_at_once()
    {
        const string project = "mod-client-left";
        using var admin = Factory.AdminClient();
        var client = await Project(project, new { allowBelow = 0, blockAbove = 1 });
        await Factory.SetFault(StrongModel, "slow", 20_000);
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            client.Timeout = TimeSpan.FromSeconds(1.5);
            await Assert.ThrowsAnyAsync<TaskCanceledException>(() =>
                client.PostAsJsonAsync("/v1/moderations", new { model = "auto", input = new[] { Benign, Threat } }, TestContext.Current.CancellationToken));

            // The caller's cancellation reaches the cascade: its strong calls stop, and it settles well before they would have answered.
            var usage = await Eventually.Until(() => Usage(admin, project), u => u.GetProperty("reservedTokens").GetInt64() == 0, TestContext.Current.CancellationToken);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"settled after {clock.Elapsed}");
            Assert.True(usage.GetProperty("usedTokens").GetInt64() > 0);
        }
        finally
        {
            await Factory.SetFault(StrongModel, "none");
        }
    }

    private static (string?, string?, bool) Decision(JsonElement verdict) =>
        (verdict.GetProperty("decision").GetString(), verdict.GetProperty("stage").GetString(), verdict.GetProperty("degraded").GetBoolean());

    private async Task<HttpClient> Project(string projectId, object policy)
    {
        var client = Factory.Client(await Factory.CreateProjectKey(projectId));
        await SetPolicy(Factory, projectId, policy);
        return client;
    }

    private static async Task<JsonElement> Usage(HttpClient admin, string project) =>
        JsonDocument.Parse(await admin.GetStringAsync($"/admin/projects/{project}/usage", TestContext.Current.CancellationToken)).RootElement.Clone();

    private async Task<T> WithFault<T>(string model, Func<Task<T>> action)
    {
        await Factory.SetFault(model, "down");
        try
        {
            return await action();
        }
        finally
        {
            await Factory.SetFault(model, "none");
        }
    }
}
