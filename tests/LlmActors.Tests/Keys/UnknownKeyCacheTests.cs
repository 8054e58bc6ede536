using LlmActors.Api.Auth;
using LlmActors.Api.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LlmActors.Tests.Keys;

public sealed class UnknownKeyCacheTests
{
    private readonly FakeTimeProvider _clock = new();

    private UnknownKeyCache Create(int seconds = 30, int entries = 100_000) =>
        new(Options.Create(new AuthOptions { UnknownKeySeconds = seconds, UnknownKeyEntries = entries }), _clock);

    [Fact]
    public void An_unknown_prefix_is_remembered_until_the_ttl_and_no_longer()
    {
        var cache = Create();
        cache.Remember("llma_aaaaaaaaaaaa");

        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.True(cache.IsUnknown("llma_aaaaaaaaaaaa"));
        Assert.False(cache.IsUnknown("llma_bbbbbbbbbbbb"));

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(cache.IsUnknown("llma_aaaaaaaaaaaa"));
    }

    [Fact]
    public void An_entry_outlives_the_rotation_of_its_generation_until_its_own_ttl()
    {
        var cache = Create();
        cache.Remember("llma_aaaaaaaaaaaa");
        _clock.Advance(TimeSpan.FromSeconds(20));
        cache.Remember("llma_bbbbbbbbbbbb");
        _clock.Advance(TimeSpan.FromSeconds(15));

        // A third entry rotates: the first two are now in the older generation, the first past its TTL.
        cache.Remember("llma_cccccccccccc");

        Assert.False(cache.IsUnknown("llma_aaaaaaaaaaaa"));
        Assert.True(cache.IsUnknown("llma_bbbbbbbbbbbb"));
        Assert.True(cache.IsUnknown("llma_cccccccccccc"));
    }

    [Fact]
    public void A_created_key_is_forgotten_at_once()
    {
        var cache = Create();
        cache.Remember("llma_aaaaaaaaaaaa");

        cache.Forget("llma_aaaaaaaaaaaa");

        Assert.False(cache.IsUnknown("llma_aaaaaaaaaaaa"));
    }

    [Fact]
    public void It_holds_at_most_its_capacity_dropping_the_oldest_first()
    {
        var cache = Create(entries: 100);
        var prefixes = Enumerable.Range(0, 1000).Select(i => $"llma_{i:D12}").ToList();

        foreach (var prefix in prefixes)
        {
            cache.Remember(prefix);
        }

        var remembered = prefixes.Count(cache.IsUnknown);
        Assert.InRange(remembered, 50, 100);
        Assert.True(cache.IsUnknown(prefixes[^1]));
        Assert.False(cache.IsUnknown(prefixes[0]));
    }

    [Fact]
    public void A_ttl_of_zero_turns_it_off()
    {
        var cache = Create(seconds: 0);
        cache.Remember("llma_aaaaaaaaaaaa");

        Assert.False(cache.IsUnknown("llma_aaaaaaaaaaaa"));
    }
}
