using System.Text.Json;
using LlmActors.Api.OpenAi;
using LlmActors.Budgets;

namespace LlmActors.Api.Apis;

/// <summary>
/// Reads a budget body by hand rather than through the binder, so a wrong type, an unknown or repeated field,
/// or an out-of-range number is answered 400 with <c>param</c> naming the field.
/// </summary>
public static class BudgetRequests
{
    public const int MaxBodyBytes = 16 * 1024;

    public static async Task<(BudgetLimits? Limits, JsonHttpResult<OpenAiError>? Error)> ReadLimitsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiErrors.Error(StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json.", "invalid_request_error", "unsupported_media_type"));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, ApiErrors.TooLarge());
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        if (body.Length > MaxBodyBytes)
        {
            return (null, ApiErrors.TooLarge());
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            JsonBody.RejectBrokenText(document.RootElement);
            return Limits(document.RootElement);
        }
        catch (JsonException e)
        {
            return (null, ApiErrors.BadRequest($"The body is not valid JSON: {e.Message}", code: "invalid_json"));
        }
    }

    private static (BudgetLimits?, JsonHttpResult<OpenAiError>?) Limits(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, ApiErrors.BadRequest("The body must be a JSON object.", code: "invalid_type"));
        }

        var limits = BudgetLimits.None;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in root.EnumerateObject())
        {
            if (!seen.Add(field.Name))
            {
                return (null, ApiErrors.BadRequest($"'{field.Name}' appears more than once.", field.Name, "duplicate_field"));
            }

            var (next, problem) = With(limits, field);
            if (problem is not null)
            {
                return (null, ApiErrors.BadRequest(problem, field.Name, "invalid_value"));
            }

            limits = next;
        }

        return BudgetLimitRules.Problem(limits) is { } rule
            ? (null, ApiErrors.BadRequest(rule.Message, rule.Param, "invalid_value"))
            : (limits, null);
    }

    private static (BudgetLimits Limits, string? Problem) With(BudgetLimits limits, JsonProperty field)
    {
        var value = field.Value;
        var isNull = value.ValueKind == JsonValueKind.Null;
        return field.Name switch
        {
            "dailyTokenLimit" when isNull => (limits with { DailyTokenLimit = null }, null),
            "dailyTokenLimit" when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var tokens) =>
                (limits with { DailyTokenLimit = tokens }, null),
            "dailyTokenLimit" => (limits, $"dailyTokenLimit must be a whole number from 0 to {BudgetLimits.MaxTokenLimit}, or null."),
            "dailyCostLimitUsd" when isNull => (limits with { DailyCostLimitUsd = null }, null),
            "dailyCostLimitUsd" when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var cost) =>
                (limits with { DailyCostLimitUsd = cost }, null),
            "dailyCostLimitUsd" => (limits, $"dailyCostLimitUsd must be a number from 0 to {BudgetLimits.MaxCostLimitUsd}, or null."),
            "timeZone" when isNull => (limits with { TimeZone = null }, null),
            "timeZone" when value.ValueKind == JsonValueKind.String => (limits with { TimeZone = value.GetString() }, null),
            "timeZone" => (limits, "timeZone must be an IANA time zone id string, or null."),
            _ => (limits, $"Unknown field '{field.Name}'; a budget has dailyTokenLimit, dailyCostLimitUsd and timeZone."),
        };
    }
}
