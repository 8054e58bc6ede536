using System.Security.Cryptography;
using System.Threading.RateLimiting;
using LlmActors.Keys;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Keys;

/// <summary>
/// Non-reentrant on purpose: every method finishes in one turn except the storage writes of
/// Create/Revoke, and those must not interleave with an Authenticate that could see a half-revoked key.
/// </summary>
public sealed class ApiKeyGrain(
    [PersistentState("key", StorageNames.Keys)] IPersistentState<ApiKeyState> state,
    IOptions<KeyOptions> options,
    TimeProvider clock) : Grain, IApiKeyGrain, IDisposable
{
    // Made on the first accepted call, so an unknown prefix never holds one; refilled on each call rather than by
    // the limiter's own timer, so no key holds a timer either.
    private TokenBucketRateLimiter? _limiter;

    public async Task<bool> Create(string projectId, byte[] keyHash)
    {
        if (state.State.KeyHash is not null)
        {
            return false;
        }

        state.State.ProjectId = projectId;
        state.State.KeyHash = keyHash;
        state.State.CreatedAt = clock.GetUtcNow();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Unwritten, the key must not exist: a retry would otherwise find the prefix taken, and a failover lose it.
            state.State = new ApiKeyState();
            throw;
        }

        return true;
    }

    public Task<KeyCheck> Authenticate(byte[] keyHash)
    {
        var s = state.State;
        if (s.KeyHash is null)
        {
            // Nothing to keep in memory for a prefix nobody holds; random keys must not pile up activations.
            DeactivateOnIdle();
            return Task.FromResult(KeyCheck.NoSuchKey);
        }

        if (s.RevokedAt is not null || !CryptographicOperations.FixedTimeEquals(s.KeyHash, keyHash))
        {
            return Task.FromResult(KeyCheck.Unknown);
        }

        if (Limiter() is { } limiter)
        {
            limiter.TryReplenish();
            using var lease = limiter.AttemptAcquire();
            if (!lease.IsAcquired)
            {
                var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                return Task.FromResult(new KeyCheck(KeyCheckOutcome.RateLimited, s.ProjectId, retryAfter));
            }
        }

        return Task.FromResult(new KeyCheck(KeyCheckOutcome.Accepted, s.ProjectId, TimeSpan.Zero));
    }

    public async Task<bool> Revoke()
    {
        if (state.State.KeyHash is null)
        {
            DeactivateOnIdle();
            return false;
        }

        if (state.State.RevokedAt is null)
        {
            state.State.RevokedAt = clock.GetUtcNow();
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                // Not stored, not revoked: a retry must write again rather than answer "revoked" from memory.
                state.State.RevokedAt = null;
                throw;
            }
        }

        return true;
    }

    public void Dispose() => _limiter?.Dispose();

    private TokenBucketRateLimiter? Limiter() => _limiter ??= CreateLimiter(options.Value);

    private static TokenBucketRateLimiter? CreateLimiter(KeyOptions o) =>
        o.RateLimitPerSecond <= 0 ? null : new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = o.RateLimitBurst > 0 ? o.RateLimitBurst : o.RateLimitPerSecond,
            TokensPerPeriod = o.RateLimitPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            // Manual replenishment adds tokens for the time elapsed since the last call: the same rate, continuous.
            AutoReplenishment = false,
            QueueLimit = 0,
        });
}
