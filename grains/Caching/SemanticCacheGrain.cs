using LlmActors.Caching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Caching;

/// <summary>
/// Non-reentrant: every call is in-memory work finishing in one turn (callers embed the question first), so
/// lookups and stores never interleave with each other; only Purge and the flush timer await storage.
/// </summary>
public sealed class SemanticCacheGrain(
    [PersistentState("cache", StorageNames.Caches)] IPersistentState<SemanticCacheState> state,
    IOptions<SemanticCacheOptions> options,
    [FromKeyedServices(CacheClock.Key)] TimeProvider clock,
    ILogger<SemanticCacheGrain> logger) : Grain, ISemanticCacheGrain
{
    private readonly SemanticCacheOptions _options = options.Value;
    private CacheIndex? _index;
    private bool _dirty;
    private long _exactHits;
    private long _semanticHits;
    private long _misses;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Entries.Count > 0 && state.State.Entries[0].Vector.Length is var dims and > 0)
        {
            _index = CacheLoader.Load(state.State.Entries, dims, _options.Capacity, clock.GetUtcNow());
        }

        this.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(_options.FlushInterval, _options.FlushInterval));
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        await FlushAsync(cancellationToken);

    public Task<CacheLookup> Lookup(CacheQuery query)
    {
        var sameEmbedder = query.EmbedderId == state.State.EmbedderId;
        var match = _index?.Find(query, sameEmbedder ? query.Vector : [], clock.GetUtcNow());
        if (match is null)
        {
            _misses++;
            return Task.FromResult(CacheLookup.Miss);
        }

        _ = match.Exact ? _exactHits++ : _semanticHits++;
        var kind = match.Exact ? CacheMatchKind.Exact : CacheMatchKind.Semantic;
        return Task.FromResult(new CacheLookup(kind, match.Entry.Answer, match.Entry.Model, match.Similarity, match.Entry.Question, match.Entry.Intent));
    }

    public Task<CacheFill> Store(CacheWrite write)
    {
        if (write.EmbedderId != state.State.EmbedderId || _index is null || _index.Dimensions != write.Vector.Length)
        {
            // Vectors of another embedder (a configuration change) cannot be compared with the new ones.
            logger.LogInformation("Cache {Key} starts over for embedder {Embedder}", this.GetPrimaryKeyString(), write.EmbedderId);
            state.State.EmbedderId = write.EmbedderId;
            _index = new CacheIndex(write.Vector.Length, _options.Capacity);
        }

        var now = clock.GetUtcNow();
        var entry = new CacheEntry
        {
            ExactKey = write.ExactKey, Question = write.Question, Answer = write.Answer, Model = write.Model,
            CreatedAt = now, ExpiresAt = now + _options.TimeToLive, LastUsedAt = now, Topics = write.Topics, Units = write.Units, Intent = write.Intent,
        };
        _index.Put(entry, write.Vector, now);
        _dirty = true;
        return Task.FromResult(Fill);
    }

    public Task<CacheFill> Trim(DateTimeOffset evictIfUsedBy)
    {
        var now = clock.GetUtcNow();
        if (_index is not null && (_index.RemoveExpired(now) > 0 || _index.EvictOldest(evictIfUsedBy)))
        {
            _dirty = true;
        }

        return Task.FromResult(Fill);
    }

    private CacheFill Fill => _index is { Count: > 0 } index ? new CacheFill(index.Count, index.OldestUse) : CacheFill.Empty;

    public async Task Purge()
    {
        _index?.Clear();
        state.State.Entries = [];
        await state.WriteStateAsync();
        _dirty = false;
    }

    public Task<CacheStats> GetStats() => Task.FromResult(
        new CacheStats(_index?.Count ?? 0, _exactHits, _semanticHits, _misses, _index?.Evictions ?? 0, state.State.EmbedderId));

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (!_dirty)
        {
            return;
        }

        _index?.RemoveExpired(clock.GetUtcNow());
        state.State.Entries = _index?.Entries.ToList() ?? [];
        _dirty = false;
        await state.WriteStateAsync(cancellationToken);
    }
}
