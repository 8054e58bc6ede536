using System.Text;
using System.Text.Json;
using LlmActors.Grains.Spend;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Tests.Budgets;

[Collection(EmbeddedApiCollection.Name)]
public sealed class BudgetsApiTests(EmbeddedApiFixture fixture)
{
    private readonly HttpClient _admin = fixture.Factory.AdminClient();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewProject() => "api-" + Guid.NewGuid().ToString("N")[..10];

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Setting_a_budget_answers_the_usage_with_contract_and_seed_fields()
    {
        var project = NewProject();
        var usage = await Ok(await _admin.PutAsync($"/admin/projects/{project}/budget",
            Json("""{"dailyTokenLimit": 5000, "dailyCostLimitUsd": 2.5, "timeZone": "Europe/Berlin"}"""), Ct));

        Assert.Equal(project, usage.GetProperty("projectId").GetString());
        Assert.False(usage.TryGetProperty("userId", out _));
        Assert.Equal(5000, usage.GetProperty("dailyTokenLimit").GetInt64());
        Assert.Equal(2.5m, usage.GetProperty("dailyCostLimitUsd").GetDecimal());
        Assert.Equal(5000, usage.GetProperty("remainingTokens").GetInt64());
        Assert.Equal(0, usage.GetProperty("usedTokens").GetInt64());
        Assert.Equal(0, usage.GetProperty("reservedTokens").GetInt64());
        Assert.Equal(0, usage.GetProperty("usagePct").GetDouble());
        Assert.Equal(0m, usage.GetProperty("costUsd").GetDecimal());
        Assert.Equal("Europe/Berlin", usage.GetProperty("timeZone").GetString());
        Assert.Equal(5000, usage.GetProperty("daily_limit").GetInt64());
        Assert.Equal(0, usage.GetProperty("used").GetInt64());
        Assert.Equal(5000, usage.GetProperty("remaining").GetInt64());
        Assert.Equal(0, usage.GetProperty("usage_pct").GetDouble());
        var start = usage.GetProperty("windowStart").GetDateTimeOffset();
        var resets = usage.GetProperty("resetsAt").GetDateTimeOffset();
        Assert.InRange(resets - start, TimeSpan.FromHours(23), TimeSpan.FromHours(25));
        Assert.True(resets > DateTimeOffset.UtcNow);

        var read = await Ok(await _admin.GetAsync($"/admin/projects/{project}/usage", Ct));
        Assert.Equal(5000, read.GetProperty("dailyTokenLimit").GetInt64());
    }

    [Fact]
    public async Task A_user_budget_is_its_own_and_null_limits_clear_it()
    {
        var project = NewProject();
        var usage = await Ok(await _admin.PutAsync($"/admin/projects/{project}/users/alice@example.com/budget",
            Json("""{"dailyTokenLimit": 100}"""), Ct));
        Assert.Equal("alice@example.com", usage.GetProperty("userId").GetString());
        Assert.True(usage.GetProperty("dailyCostLimitUsd").ValueKind == JsonValueKind.Null, usage.ToString());

        var projectUsage = await Ok(await _admin.GetAsync($"/admin/projects/{project}/usage", Ct));
        Assert.Equal(JsonValueKind.Null, projectUsage.GetProperty("dailyTokenLimit").ValueKind);

        var cleared = await Ok(await _admin.PutAsync($"/admin/projects/{project}/users/alice@example.com/budget",
            Json("""{"dailyTokenLimit": null, "dailyCostLimitUsd": null}"""), Ct));
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("dailyTokenLimit").ValueKind);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("remainingTokens").ValueKind);
    }

    [Theory]
    [InlineData("""{"dailyTokenLimit": -1}""", "dailyTokenLimit")]
    [InlineData("""{"dailyTokenLimit": 1e30}""", "dailyTokenLimit")]
    [InlineData("""{"dailyTokenLimit": 99999999999999999999999}""", "dailyTokenLimit")]
    [InlineData("""{"dailyTokenLimit": 1000000000000000001}""", "dailyTokenLimit")]
    [InlineData("""{"dailyTokenLimit": 10.5}""", "dailyTokenLimit")]
    [InlineData("""{"dailyTokenLimit": "100"}""", "dailyTokenLimit")]
    [InlineData("""{"dailyTokenLimit": true}""", "dailyTokenLimit")]
    [InlineData("""{"dailyTokenLimit": [1]}""", "dailyTokenLimit")]
    [InlineData("""{"dailyCostLimitUsd": -0.01}""", "dailyCostLimitUsd")]
    [InlineData("""{"dailyCostLimitUsd": 1e40}""", "dailyCostLimitUsd")]
    [InlineData("""{"dailyCostLimitUsd": "5"}""", "dailyCostLimitUsd")]
    [InlineData("""{"dailyCostLimitUsd": {}}""", "dailyCostLimitUsd")]
    [InlineData("""{"timeZone": "Mars/Olympus"}""", "timeZone")]
    [InlineData("""{"timeZone": 5}""", "timeZone")]
    [InlineData("""{"timeZone": ""}""", "timeZone")]
    [InlineData("""{"dailyTokenLimit": 10, "dailyTokenLimit": 20}""", "dailyTokenLimit")]
    [InlineData("""{"dailyTokenLimt": 10}""", "dailyTokenLimt")]
    [InlineData("""{"dailyTokenLimit": 10""", null)]
    [InlineData("""not json""", null)]
    [InlineData("""[1, 2]""", null)]
    [InlineData("""null""", null)]
    [InlineData("", null)]
    public async Task Bad_budget_bodies_are_400_naming_the_field_and_change_nothing(string body, string? param)
    {
        var project = NewProject();
        await Ok(await _admin.PutAsync($"/admin/projects/{project}/budget", Json("""{"dailyTokenLimit": 777}"""), Ct));

        var error = await OpenAiErrorAssert.IsError(await _admin.PutAsync($"/admin/projects/{project}/budget", Json(body), Ct), HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());

        var usage = await Ok(await _admin.GetAsync($"/admin/projects/{project}/usage", Ct));
        Assert.Equal(777, usage.GetProperty("dailyTokenLimit").GetInt64());
    }

    [Theory]
    [InlineData("/admin/projects/bad%20id/budget", "projectId")]
    [InlineData("/admin/projects/ok/users/bad%20user/budget", "userId")]
    [InlineData("/admin/projects/..%2F..%2Fetc/budget", "projectId")]
    public async Task Bad_ids_are_400_naming_the_field(string path, string param)
    {
        var error = await OpenAiErrorAssert.IsError(await _admin.PutAsync(path, Json("""{"dailyTokenLimit": 1}"""), Ct), HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_content_or_too_large_is_refused()
    {
        var project = NewProject();
        var text = await _admin.PutAsync($"/admin/projects/{project}/budget", new StringContent("""{"dailyTokenLimit": 1}""", Encoding.UTF8, "text/plain"), Ct);
        await OpenAiErrorAssert.IsError(text, HttpStatusCode.UnsupportedMediaType);

        var huge = Json("""{"timeZone": """ + "\"" + new string('x', 20_000) + "\"}");
        await OpenAiErrorAssert.IsError(await _admin.PutAsync($"/admin/projects/{project}/budget", huge, Ct), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_budget_routes_and_body()
    {
        var document = await fixture.Factory.Client().GetStringAsync("/openapi/v1.json", Ct);
        Assert.Contains("/admin/projects/{projectId}/budget", document);
        Assert.Contains("/admin/projects/{projectId}/spend", document);
        Assert.Contains("dailyCostLimitUsd", document);
    }

    [Fact]
    public async Task Budget_routes_take_only_the_admin_key()
    {
        var project = NewProject();
        var projectKey = await fixture.Factory.CreateProjectKey(project);
        var asProject = fixture.Factory.Client(projectKey);
        await OpenAiErrorAssert.IsError(await asProject.PutAsync($"/admin/projects/{project}/budget", Json("""{"dailyTokenLimit": 1}"""), Ct), HttpStatusCode.Forbidden);
        await OpenAiErrorAssert.IsError(await asProject.GetAsync($"/admin/projects/{project}/usage", Ct), HttpStatusCode.Forbidden);
        await OpenAiErrorAssert.IsError(await fixture.Factory.Client().GetAsync($"/admin/projects/{project}/spend", Ct), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_spend_report_groups_one_projects_calls_by_day_model_and_user()
    {
        var project = NewProject();
        var log = fixture.Factory.Services.GetRequiredService<ISpendLog>();
        var day1 = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);
        log.Record(Spend(project, day1, "alice", "gpt-small", 100, 20, 0.001m, cacheHit: false));
        log.Record(Spend(project, day1.AddHours(1), null, "gpt-small", 50, 0, 0m, cacheHit: true));
        log.Record(Spend(project, day1.AddDays(1), "alice", "gpt-large", 200, 80, 0.02m, cacheHit: false));
        log.Record(Spend("other-" + project, day1, "alice", "gpt-large", 999, 999, 9m, cacheHit: false));

        var byDay = await Rows(project, "day");
        Assert.Equal(["2026-05-01", "2026-05-02"], byDay.Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(2, byDay[0].GetProperty("requests").GetInt64());
        Assert.Equal(150, byDay[0].GetProperty("promptTokens").GetInt64());
        Assert.Equal(20, byDay[0].GetProperty("completionTokens").GetInt64());
        Assert.Equal(0.001m, byDay[0].GetProperty("costUsd").GetDecimal());
        Assert.Equal(1, byDay[0].GetProperty("cacheHits").GetInt64());

        var byModel = await Rows(project, "model");
        Assert.Equal(["gpt-large", "gpt-small"], byModel.Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(0.02m, byModel[0].GetProperty("costUsd").GetDecimal());

        var byUser = await Rows(project, "user");
        Assert.Equal(["alice", null], byUser.Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(2, byUser[0].GetProperty("requests").GetInt64());
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-45", "to")]
    [InlineData("from=2026-05-03&to=2026-05-01", "from")]
    [InlineData("from=2020-01-01&to=2026-01-01", "from")]
    [InlineData("groupBy=week", "groupBy")]
    [InlineData("groupBy=day,model", "groupBy")]
    [InlineData("groupBy=1", "groupBy")]
    public async Task Bad_spend_queries_are_400_naming_the_parameter(string query, string param)
    {
        var error = await OpenAiErrorAssert.IsError(await _admin.GetAsync($"/admin/projects/{NewProject()}/spend?{query}", Ct), HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    private async Task<JsonElement[]> Rows(string project, string groupBy)
    {
        var report = await Ok(await _admin.GetAsync($"/admin/projects/{project}/spend?from=2026-05-01&to=2026-05-03&groupBy={groupBy}", Ct));
        return [.. report.GetProperty("rows").EnumerateArray()];
    }

    private static SpendRecord Spend(string project, DateTimeOffset at, string? user, string model, int prompt, int completion, decimal cost, bool cacheHit) =>
        new(at, project, user, model, "simple", prompt, completion, cost, cacheHit, false, 12.5, 3.0, "ok");
}
