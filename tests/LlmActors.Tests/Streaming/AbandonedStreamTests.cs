using System.Diagnostics;
using System.Text;
using LlmActors.Tests.Reliability;

namespace LlmActors.Tests.Streaming;

/// <summary>A client that reads part of a stream and goes away still pays for what was streamed, and nothing more.</summary>
[Collection(PacedApiCollection.Name)]
public sealed class AbandonedStreamTests(PacedApiFixture fixture)
{
    private const int MaxTokens = 2000;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sim-large")]
    [InlineData("auto")]
    public async Task An_abandoned_stream_is_charged_for_what_it_streamed_and_its_reservation_returned(string model)
    {
        var project = $"abandon-{model}-{Guid.NewGuid():N}"[..40];
        await UsageView.SetTokenLimitAsync(fixture.Factory, project, 1_000_000, Ct);
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project));
        var body = $$"""{"model":"{{model}}","stream":true,"max_tokens":{{MaxTokens}},"messages":[{"role":"user","content":"Please explain in great detail, step by step and with many examples, how our whole warranty and repair process works for a broken laptop screen that I bought last year."}]}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));
        var chunks = 0;
        while (chunks < 8 && await reader.ReadLineAsync(Ct) is { } line)
        {
            chunks += line.Contains("\"content\":\"", StringComparison.Ordinal) ? 1 : 0;
        }

        var during = await UsageView.GetAsync(fixture.Factory, project, Ct);
        Assert.True(during.ReservedTokens > MaxTokens, $"the stream holds its reservation while it runs: {during}");

        var dropped = Stopwatch.StartNew();
        response.Dispose();
        var settled = await Eventually.Until(() => UsageView.GetAsync(fixture.Factory, project, Ct), u => u.ReservedTokens == 0 && u.UsedTokens > 0, Ct,
            TimeSpan.FromSeconds(10));
        Figures.Record("streams", $"abandoned {model} stream settled in {dropped.ElapsedMilliseconds} ms: used {settled.UsedTokens} of {during.ReservedTokens} reserved");

        // What was streamed is charged (the prompt and the tokens sent), not the whole output cap it reserved.
        Assert.InRange(settled.UsedTokens, 8, during.ReservedTokens - (MaxTokens / 2));
        Assert.Equal(1, settled.Requests);
    }
}
