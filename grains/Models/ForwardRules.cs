using LlmActors.Caching;
using LlmActors.Chat;
using LlmActors.Grains.Caching;
using LlmActors.Grains.Projects;

namespace LlmActors.Grains.Models;

/// <summary>
/// The project's rules for a forwarded request, checked before any budget or model is touched: under strictParams a
/// field the provider's API does not define is refused as OpenAI refuses it; with the exact cache on (the project's
/// setting, or the request's own choice) a whole answer to an identical earlier request is served from it.
/// </summary>
public sealed class ForwardRules(ProjectSettingsCache settings, IGrainFactory grains)
{
    public async Task<(CallError? Refusal, ExactLookup? Cache)> CheckAsync(ChatRequest request, string? tier, bool stream)
    {
        var project = await settings.GetAsync(request.ProjectId);
        if (project.StrictParams && request.PromptShape.UnknownFields is [var unknown, ..])
        {
            return (new CallError(CallStatus.BadRequest, $"Unrecognized request argument supplied: {unknown}", unknown, Code: "unknown_parameter"), null);
        }

        // Routed requests have the semantic cache; streams and requests the gateway composes itself are not kept.
        if (stream || tier is not null || request.Body is not { } body || request.Endpoint != ChatEndpoint.ChatCompletions
            || !(request.ExactCache ?? project.ExactCache))
        {
            return (null, null);
        }

        var ttl = request.ExactCacheTtl ?? project.ExactCacheTtl;
        var lookup = new ExactLookup(grains.GetGrain<IExactAnswerCacheGrain>(request.ProjectId), ExactAnswerKey.Of(body), ttl);
        return (null, lookup);
    }

    /// <summary>Where a request's answer is looked up and kept.</summary>
    public sealed record ExactLookup(IExactAnswerCacheGrain Cache, string Key, TimeSpan TimeToLive)
    {
        public Task<ExactAnswer?> FindAsync() => Cache.Find(Key);

        public Task StoreAsync(ExactAnswer answer) => Cache.Store(Key, answer, TimeToLive);
    }
}
