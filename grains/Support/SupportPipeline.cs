using System.Runtime.CompilerServices;
using System.Text;
using LlmActors.Caching;
using LlmActors.Chat;
using LlmActors.Grains.Embeddings;
using LlmActors.Grains.Models;
using LlmActors.Grains.Quotas;
using LlmActors.Grains.Spend;
using LlmActors.Grains.Telemetry;
using LlmActors.Support;

namespace LlmActors.Grains.Support;

/// <summary>
/// One routed turn: classify → pick the tier's model → answer from the cache when the turn is cacheable and a
/// close enough answer exists (free: no budget is touched) → otherwise the metered model call with fallback
/// (reserve → call → commit) → keep a cacheable answer for the next customer.
/// </summary>
public sealed class SupportPipeline(
    IGrainFactory grains,
    ProjectRules rules,
    ITextEmbedder embedder,
    CacheQuestions questions,
    IModelCatalog catalog,
    ChatInvoker invoker,
    ChatStreamer streamer,
    ISpendLog spend,
    GatewayMetrics metrics,
    TimeProvider clock)
{
    public async Task<RoutePlan> PlanAsync(ChatRequest request, string cacheNamespace, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var compiled = await rules.ForProjectAsync(request.ProjectId, cancellationToken);
        var (question, priorTurns) = UserTurns.Last(request.Messages);
        var vector = await embedder.EmbedAsync(question, request.ProjectId, cancellationToken);
        var classification = compiled.Classifier.Classify(question, vector, priorTurns);
        var model = compiled.Rules.TierModels.For(classification.Tier) ?? catalog.ForTier(classification.Tier).Name;
        var cacheability = question.Length == 0 ? new Cacheability(false, "no customer message")
            : !request.PromptShape.IsPlainText ? new Cacheability(false, "the request needs tools, media, a schema, several choices or logprobs")
            : CacheabilityRule.Check(request, question, priorTurns);
        if (!cacheability.Cacheable)
        {
            return new RoutePlan(question, classification, model, cacheability, null, CacheLookup.Miss, started);
        }

        var query = questions.Read(question, vector, compiled);
        var lookup = await grains.SemanticCache(request.ProjectId, cacheNamespace).Lookup(query);
        metrics.CacheLookup("semantic", lookup.Kind.ToString().ToLowerInvariant(), lookup.IsHit);
        // Only a miss asks whether answers may be kept here: a hit proves the namespace exists.
        if (!lookup.IsHit && !await grains.GetGrain<IProjectCachesGrain>(request.ProjectId).Admits(cacheNamespace))
        {
            var limit = new Cacheability(false, $"the project's cache namespaces are at their limit ({QuotaOptions.Section}:{nameof(QuotaOptions.MaxCacheNamespaces)})");
            return new RoutePlan(question, classification, model, limit, null, CacheLookup.Miss, started);
        }

        return new RoutePlan(question, classification, model, cacheability, query, lookup, started);
    }

    public async Task<SupportReply> CompleteAsync(ChatRequest request, string cacheNamespace, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(request, cacheNamespace, cancellationToken);
        if (plan.Lookup.IsHit)
        {
            return Hit(plan, request);
        }

        var result = await invoker.CompleteAsync(request with { Model = plan.Model }, plan.Tier, cancellationToken);
        if (result is not { Error: null, Usage: { } usage })
        {
            return Reply(plan, "", new ChatUsage(plan.Model, 0, 0, 0m, false), null, result.Error);
        }

        var content = result.Content ?? "";
        await KeepAsync(plan, request.ProjectId, cacheNamespace, content, usage.Model, result.FinishReason);
        return Reply(plan, content, usage, result.FinishReason, null) with { Body = result.Body };
    }

    /// <summary>As <see cref="CompleteAsync"/>, streamed; the first item carries model, tier and cache outcome.</summary>
    public async IAsyncEnumerable<ChatStreamItem> StreamAsync(ChatRequest request, string cacheNamespace, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(request, cacheNamespace, cancellationToken);
        if (plan.Lookup.IsHit)
        {
            var hit = Hit(plan, request);
            yield return new ChatStreamItem(hit.Reply, null, null, null, hit.Model, false, hit.Tier, hit.Cache);
            yield return new ChatStreamItem(null, "stop", hit.ToUsage(), null);
            yield break;
        }

        var text = new StringBuilder();
        var first = true;
        await foreach (var item in streamer.StreamAsync(request with { Model = plan.Model }, plan.Tier, cancellationToken))
        {
            var routed = first ? item with { Tier = plan.Tier, Cache = plan.Cache } : item;
            first = false;
            text.Append(item.Delta);
            if (item.Usage is { } usage)
            {
                routed = routed with { Usage = usage with { Tier = plan.Tier, Cache = plan.Cache } };
                await KeepAsync(plan, request.ProjectId, cacheNamespace, text.ToString(), usage.Model, item.FinishReason);
            }

            yield return routed;
        }
    }

    private SupportReply Hit(RoutePlan plan, ChatRequest request)
    {
        var model = plan.Lookup.Model ?? plan.Model;
        var latency = clock.GetElapsedTime(plan.StartedAt).TotalMilliseconds;
        spend.Record(new SpendRecord(clock.GetUtcNow(), request.ProjectId, request.UserId, model, plan.Tier, 0, 0, 0m,
            CacheHit: true, Fallback: false, latency, null, "cache_hit"));
        return Reply(plan, plan.Lookup.Answer ?? "", new ChatUsage(model, 0, 0, 0m, false), "stop", null);
    }

    /// <summary>
    /// Keeps a planned turn's answer for the next customer. Only complete answers are kept: a cut or
    /// length-limited answer must not be served to anyone. Nor one without a vector (the embedder failed): it
    /// could never be found by meaning.
    /// </summary>
    public async Task KeepAsync(RoutePlan plan, string projectId, string cacheNamespace, string answer, string model, string? finishReason)
    {
        if (plan.Query is { Vector.Length: > 0 } query && finishReason == "stop" && answer.Length > 0)
        {
            await grains.StoreInCache(projectId, cacheNamespace,
                new CacheWrite(query.ExactKey, plan.Question, answer, model, query.Vector, query.EmbedderId, query.Topics, query.Units, query.Intent));
        }
    }

    private SupportReply Reply(RoutePlan plan, string content, ChatUsage usage, string? finishReason, CallError? error) =>
        new(content, usage.Model, plan.Tier, plan.Cache, usage.PromptTokens, usage.CompletionTokens, usage.CostUsd,
            clock.GetElapsedTime(plan.StartedAt).TotalMilliseconds, usage.Fallback, plan.Reason, finishReason, error);
}
