using System.Globalization;
using System.Text.Json;
using LlmActors.Moderation;

namespace LlmActors.Api.Apis.Moderation;

/// <summary>
/// The OpenAI moderation response, each result extended with <c>llmactors</c>. <c>flagged</c> is the cascade's
/// decision; <c>category_scores</c> are the per-category scores of a stage that reports them (zeros when none
/// did); when blocked, <c>categories</c> marks those scoring 0.5 or more, or else the highest one.
/// </summary>
public sealed class ModerationResponseResult(string requestId, string model, ModerationResponse response) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var http = httpContext.Response;
        http.Headers["x-llmactors-cost-usd"] = response.CostUsd.ToString("0.##########", CultureInfo.InvariantCulture);
        http.StatusCode = StatusCodes.Status200OK;
        http.ContentType = "application/json";
        using (var json = new Utf8JsonWriter(http.BodyWriter))
        {
            json.WriteStartObject();
            json.WriteString("id", "modr-" + requestId);
            json.WriteString("model", model);
            json.WriteStartArray("results");
            foreach (var verdict in response.Verdicts!)
            {
                Write(json, verdict);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        await http.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    private static void Write(Utf8JsonWriter json, ModerationVerdict verdict)
    {
        var blocked = verdict.Decision == ModerationDecision.Block;
        var scores = ModerationCategoryNames.All.ToDictionary(n => n, n => verdict.Categories.FirstOrDefault(c => c.Category == n)?.Score ?? 0);
        var top = scores.MaxBy(s => s.Value);
        json.WriteStartObject();
        json.WriteBoolean("flagged", blocked);
        json.WriteStartObject("categories");
        foreach (var (name, score) in scores)
        {
            json.WriteBoolean(name, blocked && (score >= 0.5 || (name == top.Key && top.Value > 0)));
        }

        json.WriteEndObject();
        json.WriteStartObject("category_scores");
        foreach (var (name, score) in scores)
        {
            json.WriteNumber(name, Math.Round(score, 6));
        }

        json.WriteEndObject();
        json.WriteStartObject("category_applied_input_types");
        foreach (var name in ModerationCategoryNames.All)
        {
            json.WriteStartArray(name);
            json.WriteStringValue("text");
            json.WriteEndArray();
        }

        json.WriteEndObject();
        WriteExtension(json, verdict);
        json.WriteEndObject();
    }

    private static void WriteExtension(Utf8JsonWriter json, ModerationVerdict verdict)
    {
        json.WriteStartObject("llmactors");
        json.WriteString("decision", verdict.Decision == ModerationDecision.Block ? "block" : "allow");
        json.WriteString("stage", verdict.Stage == ModerationStage.Fast ? "fast" : "strong");
        if (verdict.FastScore is { } fast)
        {
            json.WriteNumber("fastScore", Math.Round(fast, 6));
        }
        else
        {
            json.WriteNull("fastScore");
        }

        if (verdict.StrongScore is { } strong)
        {
            json.WriteNumber("strongScore", Math.Round(strong, 6));
        }

        if (verdict.FailModeApplied is { } failMode)
        {
            json.WriteString("failMode", failMode == FailMode.Open ? "open" : "closed");
        }

        json.WriteBoolean("degraded", verdict.Degraded);
        json.WriteNumber("costUsd", verdict.CostUsd);
        json.WriteNumber("latencyMs", Math.Round(verdict.LatencyMs, 1));
        json.WriteEndObject();
    }
}
