using System.Text;

namespace LlmActors.Tests.Reliability;

/// <summary>
/// Found by the fuzz suite: with a healthy model, about one concurrent stream in three (one in sixteen once calls
/// were spread over 64 worker ids) was cut off mid-answer. A stream's later batches went to another activation of the
/// same stateless worker, which knew nothing of it.
/// </summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class ConcurrentStreamTests(EmbeddedApiFixture fixture)
{
    [Theory]
    [InlineData("sim-small")]
    [InlineData("auto")]
    public async Task Every_concurrent_stream_of_a_healthy_model_ends_with_DONE(string model)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("streams"));
        var failures = new List<string>();

        await Parallel.ForAsync(0, 300, new ParallelOptions { MaxDegreeOfParallelism = 12, CancellationToken = ct }, async (i, token) =>
        {
            var body = $$"""{"model":"{{model}}","stream":true,"messages":[{"role":"user","content":"Where is parcel {{i}}?"}]}""";
            try
            {
                using var response = await client.PostAsync("/v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"), token);
                var text = await response.Content.ReadAsStringAsync(token);
                if (!text.TrimEnd().EndsWith("data: [DONE]", StringComparison.Ordinal))
                {
                    Add($"{i}: {(int)response.StatusCode} {text[^Math.Min(200, text.Length)..]}");
                }
            }
            catch (HttpRequestException e)
            {
                Add($"{i}: {e.Message}");
            }
        });

        Assert.True(failures.Count == 0, $"{failures.Count} of 300 streams did not complete:\n" + string.Join('\n', failures.Take(5)));

        void Add(string failure)
        {
            lock (failures)
            {
                failures.Add(failure);
            }
        }
    }
}
