using System.Diagnostics;
using LlmActors.Keys;
using LlmActors.Tests.Reliability;

namespace LlmActors.Tests.Keys;

/// <summary>
/// A flood of made-up keys costs the cluster little: malformed keys never reach a key grain, a prefix found to hold
/// no key is answered by the API host for a while, and the grains of unknown prefixes do not stay in memory.
/// </summary>
[Collection(KeyFloodCollection.Name)]
public sealed class UnknownKeyFloodTests(KeyFloodFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Random_well_formed_keys_are_refused_and_leave_no_key_grains_behind()
    {
        var before = await fixture.KeyGrainActivationsAsync();
        var keys = Enumerable.Range(0, 300).Select(_ => ApiKeys.Generate().Key).ToList();
        var watch = Stopwatch.StartNew();

        var statuses = await SendAllAsync(keys);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        var settled = await Eventually.Until(fixture.KeyGrainActivationsAsync, n => n <= before, Ct, TimeSpan.FromSeconds(30));
        Figures.Record("security", $"unknown-key flood keys={keys.Count} refused in {watch.ElapsedMilliseconds} ms, key grain activations before={before} after={settled}");
    }

    [Fact]
    public async Task An_unknown_key_sent_again_is_refused_without_asking_its_grain()
    {
        var key = ApiKeys.Generate().Key;

        var statuses = await SendAllAsync(Enumerable.Repeat(key, 50), parallel: 1);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(1, fixture.Calls.To(ApiKeys.PrefixOf(key)!));
    }

    [Fact]
    public async Task Malformed_keys_never_reach_a_key_grain()
    {
        var before = await fixture.KeyGrainActivationsAsync();
        var malformed = new List<(string Key, string Prefix)>();
        foreach (var shape in Malformations)
        {
            var (key, prefix) = ApiKeys.Generate();
            malformed.Add((shape(key), prefix));
        }

        using var client = fixture.Factory.Client();
        foreach (var (key, _) in malformed)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", key);
            await OpenAiErrorAssert.IsError(await client.GetAsync("/v1/models", Ct), HttpStatusCode.Unauthorized);
        }

        Assert.Equal(0, fixture.Calls.ToAny(malformed.Select(m => m.Prefix)));
        Assert.True(await fixture.KeyGrainActivationsAsync() <= before);
    }

    [Fact]
    public async Task A_wrong_secret_for_a_live_key_does_not_lock_the_key_out()
    {
        var key = await fixture.Factory.CreateProjectKey("flood-live");
        var guess = key[..18] + ApiKeys.Generate().Key[18..];

        using var guesser = fixture.Factory.Client(guess);
        using var owner = fixture.Factory.Client(key);
        await OpenAiErrorAssert.IsError(await guesser.GetAsync("/v1/models", Ct), HttpStatusCode.Unauthorized);

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/v1/models", Ct)).StatusCode);
    }

    /// <summary>Keys that look almost right: each keeps a valid prefix, so only the whole-key check stops it.</summary>
    private static readonly Func<string, string>[] Malformations =
    [
        k => k[..^1],
        k => k + "A",
        k => k[..^1] + "+",
        k => k[..^1] + "/",
        k => k[..^1] + "=",
        k => k[..^2] + "==",
        k => k[..17] + "-" + k[18..],
        k => k[..30] + " " + k[31..],
        k => k[..18] + "!" + k[19..],
        k => k[..17] + "_short",
        k => k[..18],
        k => k + k[17..],
    ];

    private async Task<HttpStatusCode[]> SendAllAsync(IEnumerable<string> keys, int parallel = 8)
    {
        var statuses = new List<HttpStatusCode>();
        using var client = fixture.Factory.Client();
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = Ct }, async (key, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/models");
            request.Headers.Authorization = new("Bearer", key);
            using var response = await client.SendAsync(request, ct);
            lock (statuses)
            {
                statuses.Add(response.StatusCode);
            }
        });
        return [.. statuses];
    }
}
