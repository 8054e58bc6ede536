using System.Globalization;
using LlmActors.Api.Auth;
using LlmActors.Budgets;

namespace LlmActors.Api.Apis;

/// <summary>Budget limits, usage and the spend report under <c>/admin</c>. Each handler is one grain call.</summary>
public static class BudgetsApi
{
    /// <summary>Longest spend report range; bounds the work one request can ask of the database.</summary>
    public static readonly TimeSpan MaxSpendRange = TimeSpan.FromDays(400);

    public static IEndpointRouteBuilder MapBudgetsApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").RequireAdminKey().WithTags("Budgets");
        // Bodies are read by hand (BudgetRequests); Accepts documents their shape in the OpenAPI document.
        admin.MapPut("/projects/{projectId}/budget", PutProjectBudget).Accepts<BudgetLimits>("application/json");
        admin.MapPut("/projects/{projectId}/users/{userId}/budget", PutUserBudget).Accepts<BudgetLimits>("application/json");
        admin.MapGet("/projects/{projectId}/usage", GetProjectUsage);
        admin.MapGet("/projects/{projectId}/users/{userId}/usage", GetUserUsage);
        admin.MapGet("/projects/{projectId}/spend", GetSpend);
        return app;
    }

    public static Task<Results<Ok<BudgetUsageView>, JsonHttpResult<OpenAiError>>> PutProjectBudget(
        string projectId, HttpRequest request, IClusterClient cluster, CancellationToken cancellationToken) =>
        PutBudget(projectId, null, request, cluster, cancellationToken);

    public static Task<Results<Ok<BudgetUsageView>, JsonHttpResult<OpenAiError>>> PutUserBudget(
        string projectId, string userId, HttpRequest request, IClusterClient cluster, CancellationToken cancellationToken) =>
        PutBudget(projectId, userId, request, cluster, cancellationToken);

    public static Task<Results<Ok<BudgetUsageView>, JsonHttpResult<OpenAiError>>> GetProjectUsage(string projectId, IClusterClient cluster) =>
        GetUsage(projectId, null, cluster);

    public static Task<Results<Ok<BudgetUsageView>, JsonHttpResult<OpenAiError>>> GetUserUsage(string projectId, string userId, IClusterClient cluster) =>
        GetUsage(projectId, userId, cluster);

    public static async Task<Results<Ok<SpendReport>, JsonHttpResult<OpenAiError>>> GetSpend(
        string projectId, string? from, string? to, string? groupBy, IClusterClient cluster)
    {
        if (BadIds(projectId, null) is { } badId)
        {
            return badId;
        }

        if (!TryParseInstant(to, DateTimeOffset.UtcNow, out var end))
        {
            return ApiErrors.BadRequest("to must be an ISO 8601 date or date-time, e.g. 2026-11-26 or 2026-11-26T12:00:00Z.", "to");
        }

        // A 'to' within 30 days of year 1 has no default 'from' to compute: start at the earliest instant instead.
        var defaultFrom = end > DateTimeOffset.MinValue + TimeSpan.FromDays(30) ? end - TimeSpan.FromDays(30) : DateTimeOffset.MinValue;
        if (!TryParseInstant(from, defaultFrom, out var start))
        {
            return ApiErrors.BadRequest("from must be an ISO 8601 date or date-time, e.g. 2026-11-01.", "from");
        }

        if (start >= end || end - start > MaxSpendRange)
        {
            return ApiErrors.BadRequest($"from must be before to, and the range at most {MaxSpendRange.TotalDays} days.", "from");
        }

        if (!TryParseGroupBy(groupBy, out var grouping))
        {
            return ApiErrors.BadRequest("groupBy must be day, model, user or endpoint.", "groupBy");
        }

        var rows = await cluster.GetGrain<ISpendQueryGrain>(0).Query(new SpendQuery(projectId, start, end, grouping));
        return TypedResults.Ok(new SpendReport(rows));
    }

    private static async Task<Results<Ok<BudgetUsageView>, JsonHttpResult<OpenAiError>>> PutBudget(
        string projectId, string? userId, HttpRequest request, IClusterClient cluster, CancellationToken cancellationToken)
    {
        if (BadIds(projectId, userId) is { } badId)
        {
            return badId;
        }

        var (limits, error) = await BudgetRequests.ReadLimitsAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        return TypedResults.Ok(BudgetUsageView.Of(await Budget(cluster, projectId, userId).SetLimits(limits!)));
    }

    private static async Task<Results<Ok<BudgetUsageView>, JsonHttpResult<OpenAiError>>> GetUsage(string projectId, string? userId, IClusterClient cluster) =>
        BadIds(projectId, userId) is { } badId ? badId : TypedResults.Ok(BudgetUsageView.Of(await Budget(cluster, projectId, userId).GetUsage()));

    private static IProjectBudgetGrain Budget(IClusterClient cluster, string projectId, string? userId) =>
        cluster.GetGrain<IProjectBudgetGrain>(userId is null ? BudgetKeys.Project(projectId) : BudgetKeys.User(projectId, userId));

    private static JsonHttpResult<OpenAiError>? BadIds(string projectId, string? userId) =>
        !Identifiers.IsValid(projectId) ? ApiErrors.BadRequest("projectId must be 1-128 letters, digits or . _ : @ -", "projectId")
        : userId is not null && !Identifiers.IsValid(userId) ? ApiErrors.BadRequest("userId must be 1-128 letters, digits or . _ : @ -", "userId")
        : null;

    private static bool TryParseInstant(string? text, DateTimeOffset fallback, out DateTimeOffset instant)
    {
        instant = fallback;
        return text is null || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
    }

    private static bool TryParseGroupBy(string? text, out SpendGroupBy groupBy)
    {
        SpendGroupBy? parsed = text?.ToLowerInvariant() switch
        {
            null or "day" => SpendGroupBy.Day,
            "model" => SpendGroupBy.Model,
            "user" => SpendGroupBy.User,
            "endpoint" => SpendGroupBy.Endpoint,
            _ => null,
        };
        groupBy = parsed ?? SpendGroupBy.Day;
        return parsed is not null;
    }

    public sealed record SpendReport(IReadOnlyList<SpendRow> Rows);
}
