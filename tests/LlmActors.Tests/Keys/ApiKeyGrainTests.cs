using LlmActors.Keys;

namespace LlmActors.Tests.Keys;

/// <summary>A key's grain changes its state only once storage has it, and costs nothing for a prefix nobody holds.</summary>
[Collection(KeyClusterCollection.Name)]
public sealed class ApiKeyGrainTests(KeyClusterFixture fixture)
{
    [Fact]
    public async Task A_revocation_whose_write_failed_is_written_by_the_retry_and_survives_a_failover()
    {
        var (key, grain) = await CreatedKeyAsync("p-revoke");

        fixture.Storage.FailNext();
        await Assert.ThrowsAnyAsync<Exception>(grain.Revoke);
        var writes = fixture.Storage.Writes;
        Assert.True(await grain.Revoke());

        Assert.Equal(writes + 1, fixture.Storage.Writes);
        await fixture.FailoverAsync();
        Assert.Equal(KeyCheckOutcome.Unknown, (await grain.Authenticate(ApiKeys.Hash(key))).Outcome);
    }

    [Fact]
    public async Task A_failed_revocation_write_leaves_the_key_working_rather_than_half_revoked()
    {
        var (key, grain) = await CreatedKeyAsync("p-half");

        fixture.Storage.FailNext();
        await Assert.ThrowsAnyAsync<Exception>(grain.Revoke);

        // What this activation answers is what storage holds, so a failover changes nothing.
        Assert.Equal(KeyCheckOutcome.Accepted, (await grain.Authenticate(ApiKeys.Hash(key))).Outcome);
        await fixture.FailoverAsync();
        Assert.Equal(KeyCheckOutcome.Accepted, (await grain.Authenticate(ApiKeys.Hash(key))).Outcome);
    }

    [Fact]
    public async Task A_creation_whose_write_failed_leaves_the_prefix_free_for_the_retry()
    {
        var (key, prefix) = ApiKeys.Generate();
        var grain = fixture.Grains.GetGrain<IApiKeyGrain>(prefix);

        fixture.Storage.FailNext();
        await Assert.ThrowsAnyAsync<Exception>(() => grain.Create("p-create", ApiKeys.Hash(key)));
        Assert.NotEqual(KeyCheckOutcome.Accepted, (await grain.Authenticate(ApiKeys.Hash(key))).Outcome);
        Assert.True(await grain.Create("p-create", ApiKeys.Hash(key)));

        await fixture.FailoverAsync();
        var check = await grain.Authenticate(ApiKeys.Hash(key));
        Assert.Equal(KeyCheckOutcome.Accepted, check.Outcome);
        Assert.Equal("p-create", check.ProjectId);
    }

    [Fact]
    public async Task An_unknown_prefix_is_answered_no_such_key_and_its_activations_do_not_stay()
    {
        await fixture.FailoverAsync();
        var before = await fixture.KeyGrainActivationsAsync();
        var keys = Enumerable.Range(0, 200).Select(_ => ApiKeys.Generate().Key).ToList();

        var checks = await Task.WhenAll(keys.Select(k => fixture.Grains.GetGrain<IApiKeyGrain>(ApiKeys.PrefixOf(k)!).Authenticate(ApiKeys.Hash(k))));

        Assert.All(checks, c => Assert.Equal(KeyCheckOutcome.NoSuchKey, c.Outcome));
        await Eventually.Until(fixture.KeyGrainActivationsAsync, n => n <= before, TestContext.Current.CancellationToken, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_wrong_secret_for_a_live_prefix_is_unknown_not_no_such_key()
    {
        var (key, grain) = await CreatedKeyAsync("p-wrong");

        // An API host remembers "no such key" for a while; a guessed secret must not lock the real key out.
        Assert.Equal(KeyCheckOutcome.Unknown, (await grain.Authenticate(ApiKeys.Hash(key[..17] + ApiKeys.Generate().Key[17..]))).Outcome);
        Assert.Equal(KeyCheckOutcome.Accepted, (await grain.Authenticate(ApiKeys.Hash(key))).Outcome);
    }

    [Fact]
    public async Task A_key_used_faster_than_its_rate_is_answered_rate_limited_with_a_retry_after()
    {
        var (key, grain) = await CreatedKeyAsync("p-rate");

        // Ten seconds' worth at once: only a machine taking 9 s for them would see none limited.
        var checks = await Task.WhenAll(Enumerable.Range(0, 10 * KeyClusterFixture.RatePerSecond).Select(_ => grain.Authenticate(ApiKeys.Hash(key))));

        Assert.True(checks.Count(c => c.Outcome == KeyCheckOutcome.Accepted) >= KeyClusterFixture.RatePerSecond);
        var limited = checks.Where(c => c.Outcome == KeyCheckOutcome.RateLimited).ToList();
        Assert.NotEmpty(limited);
        Assert.All(limited, c => Assert.True(c.RetryAfter >= TimeSpan.FromSeconds(1)));
    }

    private async Task<(string Key, IApiKeyGrain Grain)> CreatedKeyAsync(string projectId)
    {
        var (key, prefix) = ApiKeys.Generate();
        var grain = fixture.Grains.GetGrain<IApiKeyGrain>(prefix);
        Assert.True(await grain.Create(projectId, ApiKeys.Hash(key)));
        return (key, grain);
    }
}
