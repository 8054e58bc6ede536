using System.Diagnostics.Metrics;
using LlmActors.Chat;
using TagList = System.Diagnostics.TagList;

namespace LlmActors.Grains.Telemetry;

/// <summary>
/// The gateway's instruments on one <see cref="Meter"/>. Names follow the OpenTelemetry GenAI semantic
/// conventions where they exist (<c>gen_ai.client.*</c>); the rest are ours under <c>llmactors.*</c>.
/// Tags carry model, tier and outcome, never project or user ids (unbounded cardinality).
/// </summary>
public sealed class GatewayMetrics
{
    public const string MeterName = "LlmActors";

    private readonly Histogram<double> _duration;
    private readonly Histogram<double> _timeToFirstToken;
    private readonly Histogram<long> _tokens;
    private readonly Counter<long> _calls;
    private readonly Counter<double> _cost;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _budgetRefusals;
    private readonly Counter<long> _cacheLookups;

    public GatewayMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _duration = Meter.CreateHistogram<double>("gen_ai.client.operation.duration", "s", "Duration of model calls, fallbacks included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 20, 60] });
        _timeToFirstToken = Meter.CreateHistogram<double>("gen_ai.client.time_to_first_token", "s", "Time until a stream's first token.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10] });
        _tokens = Meter.CreateHistogram<long>("gen_ai.client.token.usage", "{token}", "Tokens per model call by type (input/output).");
        _calls = Meter.CreateCounter<long>("llmactors.model.calls", "{call}", "Model calls by model, tier and outcome.");
        _cost = Meter.CreateCounter<double>("llmactors.cost", "USD", "Cost charged for model calls.");
        _fallbacks = Meter.CreateCounter<long>("llmactors.fallbacks", "{call}", "Calls answered by a fallback model.");
        _budgetRefusals = Meter.CreateCounter<long>("llmactors.budget.refusals", "{request}", "Requests refused by a project or user budget.");
        _cacheLookups = Meter.CreateCounter<long>("llmactors.cache.lookups", "{lookup}", "Cache lookups by cache, kind (exact/semantic) and result.");
    }

    public Meter Meter { get; }

    public void Call(string operation, string model, string? tier, string outcome, double seconds, ChatUsage? usage, double? ttftSeconds)
    {
        var tags = new TagList
        {
            { "gen_ai.operation.name", operation },
            { "gen_ai.request.model", model },
            { "llmactors.tier", tier ?? "none" },
            { "llmactors.outcome", outcome },
        };
        _calls.Add(1, tags);
        _duration.Record(seconds, tags);
        if (ttftSeconds is { } ttft)
        {
            _timeToFirstToken.Record(ttft, new TagList { { "gen_ai.request.model", model } });
        }

        if (usage is null)
        {
            return;
        }

        _tokens.Record(usage.PromptTokens, new TagList { { "gen_ai.request.model", model }, { "gen_ai.token.type", "input" } });
        _tokens.Record(usage.CompletionTokens, new TagList { { "gen_ai.request.model", model }, { "gen_ai.token.type", "output" } });
        _cost.Add((double)usage.CostUsd, new TagList { { "gen_ai.request.model", model } });
        if (usage.Fallback)
        {
            _fallbacks.Add(1, new TagList { { "gen_ai.request.model", model } });
        }
    }

    public void BudgetRefused(string operation) => _budgetRefusals.Add(1, new TagList { { "gen_ai.operation.name", operation } });

    public void CacheLookup(string cache, string kind, bool hit) =>
        _cacheLookups.Add(1, new TagList { { "llmactors.cache", cache }, { "llmactors.cache.kind", kind }, { "llmactors.cache.result", hit ? "hit" : "miss" } });
}
