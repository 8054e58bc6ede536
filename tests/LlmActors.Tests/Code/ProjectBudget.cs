using System.Text.Json;

namespace LlmActors.Tests.Code;

/// <summary>A project's budget as an operator sees it through the admin routes.</summary>
public sealed class ProjectBudget(EmbeddedApiFactory factory, string projectId)
{
    public async Task Limit(long dailyTokenLimit, CancellationToken ct)
    {
        using var admin = factory.AdminClient();
        var response = await admin.PutAsJsonAsync($"/admin/projects/{projectId}/budget", new { dailyTokenLimit }, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task<(long Used, long Reserved, long Requests)> Usage(CancellationToken ct)
    {
        using var admin = factory.AdminClient();
        using var usage = JsonDocument.Parse(await admin.GetStringAsync($"/admin/projects/{projectId}/usage", ct));
        var root = usage.RootElement;
        return (root.GetProperty("usedTokens").GetInt64(), root.GetProperty("reservedTokens").GetInt64(), root.GetProperty("requests").GetInt64());
    }

    /// <summary>The spend report's row for one model: (requests, completion tokens, cache hits).</summary>
    public async Task<(long Requests, long CompletionTokens, long CacheHits)> SpendOn(string model, CancellationToken ct)
    {
        using var admin = factory.AdminClient();
        using var spend = JsonDocument.Parse(await admin.GetStringAsync($"/admin/projects/{projectId}/spend?groupBy=model", ct));
        var row = spend.RootElement.GetProperty("rows").EnumerateArray().FirstOrDefault(r => r.GetProperty("key").GetString() == model);
        return row.ValueKind == JsonValueKind.Undefined
            ? (0, 0, 0)
            : (row.GetProperty("requests").GetInt64(), row.GetProperty("completionTokens").GetInt64(), row.GetProperty("cacheHits").GetInt64());
    }
}
