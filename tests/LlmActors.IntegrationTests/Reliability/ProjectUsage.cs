using System.Text.Json;

namespace LlmActors.IntegrationTests.Reliability;

/// <summary>Budgets as the admin routes show them.</summary>
public static class ProjectUsage
{
    public static async Task SetTokenLimitAsync(ApiHandle api, string project, long dailyTokenLimit)
    {
        using var admin = api.Client(ApiHandle.AdminKey);
        using var response = await admin.PutAsJsonAsync($"/admin/projects/{project}/budget", new { dailyTokenLimit });
        Assert.True(response.IsSuccessStatusCode, $"setting {project}'s budget: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Committed tokens of the project's current window.</summary>
    public static async Task<long> UsedTokensAsync(ApiHandle api, string project)
    {
        using var admin = api.Client(ApiHandle.AdminKey);
        using var json = JsonDocument.Parse(await admin.GetStringAsync($"/admin/projects/{project}/usage"));
        return json.RootElement.GetProperty("usedTokens").GetInt64();
    }

    /// <summary>Tokens of every answer a client was told succeeded, by project.</summary>
    public static Dictionary<string, long> Acknowledged(IEnumerable<Attempt> attempts) =>
        attempts.Where(a => a.Succeeded && a.Operation == "chat").GroupBy(a => a.Project).ToDictionary(g => g.Key, g => g.Sum(a => a.Tokens));
}
