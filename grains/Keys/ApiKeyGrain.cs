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
    private readonly RateLimiter? _limiter = CreateLimiter(options.Value);

    public async Task<bool> Create(string projectId, byte[] keyHash)
    {
        if (state.State.KeyHash is not null)
        {
            return false;
        }

        state.State.ProjectId = projectId;
        state.State.KeyHash = keyHash;
        state.State.CreatedAt = clock.GetUtcNow();
        await state.WriteStateAsync();
        return true;
    }

    public Task<KeyCheck> Authenticate(byte[] keyHash)
    {
        var s = state.State;
        if (s.KeyHash is null || s.RevokedAt is not null || !CryptographicOperations.FixedTimeEquals(s.KeyHash, keyHash))
        {
            return Task.FromResult(KeyCheck.Unknown);
        }

        if (_limiter is not null)
        {
            using var lease = _limiter.AttemptAcquire();
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
            return false;
        }

        if (state.State.RevokedAt is null)
        {
            state.State.RevokedAt = clock.GetUtcNow();
            await state.WriteStateAsync();
        }

        return true;
    }

    public void Dispose() => _limiter?.Dispose();

    private static TokenBucketRateLimiter? CreateLimiter(KeyOptions o) =>
        o.RateLimitPerSecond <= 0 ? null : new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = o.RateLimitBurst > 0 ? o.RateLimitBurst : o.RateLimitPerSecond,
            TokensPerPeriod = o.RateLimitPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            AutoReplenishment = true,
            QueueLimit = 0,
        });
}
