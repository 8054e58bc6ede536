namespace LlmActors.Tests.Streaming;

/// <summary><c>GET /admin/projects/{id}/usage</c> as the tests read it.</summary>
public sealed record UsageView(long UsedTokens, long ReservedTokens, decimal CostUsd, long Requests)
{
    public static async Task<UsageView> GetAsync(EmbeddedApiFactory factory, string project, CancellationToken cancellationToken)
    {
        using var admin = factory.AdminClient();
        return (await admin.GetFromJsonAsync<UsageView>($"/admin/projects/{project}/usage", cancellationToken))!;
    }

    public static async Task SetTokenLimitAsync(EmbeddedApiFactory factory, string project, long limit, CancellationToken cancellationToken)
    {
        using var admin = factory.AdminClient();
        (await admin.PutAsJsonAsync($"/admin/projects/{project}/budget", new { dailyTokenLimit = limit }, cancellationToken)).EnsureSuccessStatusCode();
    }
}
