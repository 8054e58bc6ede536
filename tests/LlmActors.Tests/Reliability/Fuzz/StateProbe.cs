using LlmActors.Tests.Reliability.Routes;

namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// Reads everything a request could change, through the read routes of the contract: the run project's usage,
/// user usage, spend, routing rules, moderation policy, conversation, code statistics, its stored response, whether its key works,
/// another project's usage, and the simulator's faults. Routes not yet mapped read as a stable 404.
/// </summary>
public sealed class StateProbe(HttpClient admin, HttpClient project, RouteValues values, string otherProjectId)
{
    private static readonly string[] SimModels = ["sim-small", "sim-medium", "sim-large", "sim-code", "sim-embed", "sim-mod-fast", "sim-mod-strong"];

    public async Task<string> SnapshotAsync(CancellationToken cancellationToken)
    {
        var p = Uri.EscapeDataString(values.ProjectId);
        var adminPaths = new[]
        {
            $"/admin/projects/{p}/usage", $"/admin/projects/{p}/users/{values.UserId}/usage", $"/admin/projects/{p}/spend?groupBy=model",
            $"/admin/projects/{p}/spend?groupBy=user", $"/admin/projects/{p}/routing", $"/admin/projects/{p}/moderation",
            $"/admin/projects/{otherProjectId}/usage",
        }.Concat(SimModels.Select(m => $"/sim/models/{m}/fault"));
        var projectPaths = new[]
        {
            $"/v1/support/conversations/{values.ConversationId}", "/v1/code/stats", "/v1/code/stats?path=src/calc.py", "/v1/models", $"/v1/responses/{values.ResponseId}",
        };
        // Read side by side: the state is only read, and the fuzz run takes thousands of these.
        var reads = await Task.WhenAll(adminPaths.Select(path => Read(admin, path, cancellationToken))
            .Concat(projectPaths.Select(path => Read(project, path, cancellationToken))));
        return string.Concat(reads);
    }

    private static async Task<string> Read(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        return $"{path} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}\n";
    }
}
