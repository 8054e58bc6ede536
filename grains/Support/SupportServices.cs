using LlmActors.Grains.Caching;
using LlmActors.Grains.Embeddings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LlmActors.Grains.Support;

public static class SupportServices
{
    /// <summary>The customer-service case: embedder, cache bounds, routing defaults.</summary>
    public static IServiceCollection AddLlmActorsSupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmbeddingOptions>().Bind(configuration.GetSection(EmbeddingOptions.Section))
            .Validate(o => o.Dimensions is >= 16 and <= 8192 && o.ConceptWeight >= 0, "Embeddings: Dimensions 16-8192, ConceptWeight >= 0");
        services.AddOptions<SemanticCacheOptions>().Bind(configuration.GetSection(SemanticCacheOptions.Section))
            .Validate(o => o.Capacity > 0 && o.TimeToLive > TimeSpan.Zero && o.FlushInterval > TimeSpan.Zero, "SemanticCache: Capacity, TimeToLive and FlushInterval must be positive");
        services.AddOptions<SupportOptions>().Bind(configuration.GetSection(SupportOptions.Section))
            .Validate(o => o.CacheThreshold is > 0 and <= 1 && o.FaqSimilarity is > 0 and <= 1 && o.MaxHistoryMessages > 0 && o.MaxOutputTokens > 0 && o.MaxOutputTokensCjk > 0
                && o.IntentSimilarity is > 0 and <= 1 && o.IntentMargin is >= 0 and < 1,
                "Support: thresholds must be in (0, 1] and MaxHistoryMessages, MaxOutputTokens positive");
        if (configuration.GetSection(EmbeddingOptions.Section)[nameof(EmbeddingOptions.Model)] is { Length: > 0 })
        {
            services.TryAddSingleton<ITextEmbedder, ModelEmbedder>();
        }
        else
        {
            services.TryAddSingleton<ITextEmbedder, LocalHashingEmbedder>();
        }

        services.TryAddSingleton(new ConceptMatcher(SupportLexicon.Default));
        services.TryAddSingleton(sp => new ContentUnits(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmbeddingOptions>>().Value.UseLexiconSynonyms ? sp.GetRequiredService<ConceptMatcher>() : null));
        services.TryAddSingleton<ProjectRules>();
        services.TryAddSingleton<CacheQuestions>();
        services.TryAddSingleton<SupportPipeline>();
        services.TryAddKeyedSingleton(CacheClock.Key, (sp, _) => sp.GetService<TimeProvider>() ?? TimeProvider.System);
        return services;
    }
}
