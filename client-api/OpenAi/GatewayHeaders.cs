using System.Globalization;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>The <c>x-llmactors-*</c> response headers of the contract.</summary>
public static class GatewayHeaders
{
    public static void Apply(HttpResponse response, string model, bool fallback, string? tier, string cache, decimal? costUsd)
    {
        var headers = response.Headers;
        headers["x-llmactors-model"] = model;
        headers["x-llmactors-fallback"] = fallback ? "true" : "false";
        headers["x-llmactors-cache"] = cache;
        if (tier is not null)
        {
            headers["x-llmactors-tier"] = tier;
        }

        if (costUsd is { } cost)
        {
            headers["x-llmactors-cost-usd"] = cost.ToString("0.##########", CultureInfo.InvariantCulture);
        }
    }

    public static void Apply(HttpResponse response, ChatUsage usage) =>
        Apply(response, usage.Model, usage.Fallback, usage.Tier, usage.Cache, usage.CostUsd);
}
