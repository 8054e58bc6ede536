using System.Diagnostics;
using LlmActors.Tests.Reliability;

namespace LlmActors.IntegrationTests.Reliability.Security;

/// <summary>
/// The per-key request rate (Keys:RateLimitPerSecond, Keys:RateLimitBurst) is held by the key's single grain, so
/// two API hosts together admit what one would: requests over it get 429 in the OpenAI shape with Retry-After.
/// </summary>
[Collection(SecurityClusterCollection.Name)]
public sealed class RateLimitTests(SecurityClusterFixture fixture)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Two_API_hosts_together_admit_one_keys_rate_and_refuse_the_rest_with_429_and_Retry_After()
    {
        var key = await fixture.First.CreateProjectKeyAsync("rate-limited");
        using var first = fixture.First.Client(key);
        using var second = fixture.Second.Client(key);
        var statuses = new List<(int Host, HttpResponseMessage Response)>();
        var watch = Stopwatch.StartNew();

        // Four senders per host, each as fast as answers come: far above the limit, on both hosts at once.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async sender =>
        {
            var (host, client) = sender % 2 == 0 ? (1, first) : (2, second);
            while (watch.Elapsed < Window)
            {
                var response = await client.GetAsync("/v1/models", TestContext.Current.CancellationToken);
                lock (statuses)
                {
                    statuses.Add((host, response));
                }
            }
        }));
        var elapsed = watch.Elapsed;

        var admitted = statuses.Count(s => s.Response.StatusCode == HttpStatusCode.OK);
        var limited = statuses.Where(s => s.Response.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        var allowed = SecurityClusterFixture.Burst + (SecurityClusterFixture.RatePerSecond * elapsed.TotalSeconds);
        Figures.Record("security", $"rate-limit sent={statuses.Count} admitted={admitted} allowed={allowed:0.0} limited={limited.Count} "
            + $"limitedByHost=[{string.Join(',', limited.GroupBy(l => l.Host).Select(g => $"{g.Key}:{g.Count()}"))}] windowS={elapsed.TotalSeconds:0.00}");
        Assert.Equal(statuses.Count, admitted + limited.Count);
        // One grain counts for both hosts: the bucket refills in whole seconds, so within one second's worth of the
        // limit (a per-host limit would admit about twice as many).
        Assert.InRange(admitted, (int)(allowed - SecurityClusterFixture.RatePerSecond), (int)Math.Ceiling(allowed + SecurityClusterFixture.RatePerSecond));
        Assert.Contains(limited, l => l.Host == 1);
        Assert.Contains(limited, l => l.Host == 2);
        foreach (var (_, response) in limited.Take(20))
        {
            Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "a 429 without a Retry-After of at least a second");
            var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.TooManyRequests);
            Assert.Equal("rate_limit_exceeded", error.GetProperty("code").GetString());
        }
    }
}
