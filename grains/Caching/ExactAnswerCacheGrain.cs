using LlmActors.Caching;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Caching;

/// <summary>
/// Non-reentrant: every call is in-memory work done in one turn. Not persisted: an exact cache that forgets on
/// deactivation only costs the next identical request a model call.
/// </summary>
public sealed class ExactAnswerCacheGrain(IOptions<ExactAnswerCacheOptions> options, TimeProvider clock) : Grain, IExactAnswerCacheGrain
{
    private readonly ExactAnswerStore _store = new(options.Value.Capacity, options.Value.MaxTotalBytes);

    public Task<ExactAnswer?> Find(string requestHash) => Task.FromResult(_store.Find(requestHash, clock.GetUtcNow()));

    public Task Store(string requestHash, ExactAnswer answer, TimeSpan timeToLive)
    {
        if (answer.Body.Length <= options.Value.MaxAnswerBytes && timeToLive > TimeSpan.Zero)
        {
            _store.Put(requestHash, answer, clock.GetUtcNow() + timeToLive);
        }

        return Task.CompletedTask;
    }

    public Task Purge()
    {
        _store.Clear();
        return Task.CompletedTask;
    }
}
