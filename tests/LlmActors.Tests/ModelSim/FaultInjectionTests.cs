using System.ClientModel;
using System.Diagnostics;
using OpenAI.Chat;

namespace LlmActors.Tests.ModelSim;

[Collection(SimulatorCollection.Name)]
public sealed class FaultInjectionTests(SimulatorHost host)
{
    private static readonly ChatMessage[] Question = [new UserChatMessage("Is the service up?")];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Down_answers_503_at_once_in_the_openai_error_shape_and_none_restores_the_model()
    {
        await host.WithFaultAsync("fault-down", "down", async () =>
        {
            var error = await Assert.ThrowsAsync<ClientResultException>(() => host.Chat("fault-down").CompleteChatAsync(Question, cancellationToken: Token));
            Assert.Equal(503, error.Status);

            using var client = host.Http();
            var response = await client.PostAsJsonAsync("/sim/v1/chat/completions",
                new { model = "fault-down", messages = new[] { new { role = "user", content = "hi" } } }, Token);
            var body = await OpenAiErrorAssert.IsError(response, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("model_unavailable", body.GetProperty("code").GetString());
        });

        var answer = (await host.Chat("fault-down").CompleteChatAsync(Question, cancellationToken: Token)).Value;
        Assert.StartsWith("[fault-down]", answer.Content[0].Text);
    }

    [Fact]
    public async Task Slow_delays_the_first_token_of_whole_and_streamed_answers() =>
        await host.WithFaultAsync("fault-slow", "slow", async () =>
        {
            var watch = Stopwatch.StartNew();
            await host.Chat("fault-slow").CompleteChatAsync(Question, cancellationToken: Token);
            Assert.InRange(watch.ElapsedMilliseconds, 390, 5000);

            watch.Restart();
            long? firstContentMs = null;
            await foreach (var update in host.Chat("fault-slow").CompleteChatStreamingAsync(Question, cancellationToken: Token))
            {
                if (update.ContentUpdate.Count > 0)
                {
                    firstContentMs ??= watch.ElapsedMilliseconds;
                }
            }

            Assert.NotNull(firstContentMs);
            Assert.InRange(firstContentMs.Value, 390, 5000);
        }, delayMs: 400);

    [Fact]
    public async Task Cut_breaks_a_stream_after_a_few_tokens_without_done_and_fails_a_whole_answer() =>
        await host.WithFaultAsync("fault-cut", "cut", async () =>
        {
            var received = new List<string>();
            var streamError = await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await foreach (var update in host.Chat("fault-cut").CompleteChatStreamingAsync(Question, cancellationToken: Token))
                {
                    received.AddRange(update.ContentUpdate.Select(p => p.Text));
                    Assert.Null(update.FinishReason);
                }
            });
            Assert.False(streamError is Xunit.Sdk.IAssertionException, streamError.ToString());
            Assert.NotEmpty(received);

            using var client = host.Http();
            var rawError = await Record.ExceptionAsync(async () =>
            {
                var raw = await client.PostAsJsonAsync("/sim/v1/chat/completions",
                    new { model = "fault-cut", stream = true, messages = new[] { new { role = "user", content = "hi" } } }, Token);
                Assert.DoesNotContain("[DONE]", await raw.Content.ReadAsStringAsync(Token));
            });
            Assert.NotNull(rawError);

            await Assert.ThrowsAnyAsync<Exception>(() => host.Chat("fault-cut").CompleteChatAsync(Question, cancellationToken: Token));
        });

    [Fact]
    public async Task Cut_breaks_a_streamed_tool_call_and_a_legacy_stream_too_and_down_refuses_legacy_completions()
    {
        await host.WithFaultAsync("fault-cut", "cut", async () =>
        {
            var (events, done) = await Streamed("chat/completions", """
                {"model":"fault-cut","stream":true,"messages":[{"role":"user","content":"weather in Paris"}],
                 "tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"},"unit":{"type":"string"}}}}}],
                 "tool_choice":"required"}
                """);
            Assert.False(done);
            Assert.Contains(events, e => e.Contains("\"tool_calls\"", StringComparison.Ordinal));
            Assert.DoesNotContain(events, e => e.Contains("\"finish_reason\":\"tool_calls\"", StringComparison.Ordinal));

            var (legacy, legacyDone) = await Streamed("completions", """{"model":"fault-cut","stream":true,"prompt":"Once upon a time","max_tokens":50}""");
            Assert.False(legacyDone);
            Assert.NotEmpty(legacy);
        });

        await host.WithFaultAsync("fault-down", "down", async () =>
        {
            using var client = host.Http();
            var response = await client.PostAsync("/sim/v1/completions", new StringContent("""{"model":"fault-down","prompt":"hi"}""", System.Text.Encoding.UTF8, "application/json"), Token);
            await OpenAiErrorAssert.IsError(response, HttpStatusCode.ServiceUnavailable);
        });
    }

    /// <summary>The data lines a stream delivered before it ended, and whether it ended with [DONE] (a cut stream throws mid-read).</summary>
    private async Task<(List<string> Events, bool Done)> Streamed(string route, string body)
    {
        using var client = host.Http();
        var events = new List<string>();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/sim/v1/{route}") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Token));
            while (await reader.ReadLineAsync(Token) is { } line)
            {
                if (line == "data: [DONE]")
                {
                    return (events, true);
                }

                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    events.Add(line);
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // The connection dropped: what arrived before is the evidence.
        }

        return (events, false);
    }

    [Fact]
    public async Task Faults_apply_to_embeddings_too() =>
        await host.WithFaultAsync("fault-embed", "down", async () =>
        {
            var error = await Assert.ThrowsAsync<ClientResultException>(() => host.Embeddings("fault-embed").GenerateEmbeddingAsync("hello", cancellationToken: Token));
            Assert.Equal(503, error.Status);
        });

    [Fact]
    public async Task The_fault_route_shows_the_fault_in_force()
    {
        using var client = host.Http(SimulatorHost.AdminKey);
        await host.WithFaultAsync("fault-slow", "slow", async () =>
            Assert.Equal(new FaultBody("fault-slow", "slow", 5000), await client.GetFromJsonAsync<FaultBody>("/sim/models/fault-slow/fault", Token)));

        Assert.Equal(new FaultBody("fault-slow", "none", 0), await client.GetFromJsonAsync<FaultBody>("/sim/models/fault-slow/fault", Token));
    }

    [Theory]
    [InlineData("fault-down", """{"mode":"sideways"}""", "mode")]
    [InlineData("fault-down", """{"mode":"slow","delayMs":-5}""", "delayMs")]
    [InlineData("fault-down", """{"mode":"slow","delayMs":"soon"}""", "delayMs")]
    [InlineData("fault-down", """{}""", "mode")]
    [InlineData("no-such-model", """{"mode":"down"}""", "model")]
    public async Task Bad_fault_requests_get_400_naming_the_field(string model, string body, string param)
    {
        using var client = host.Http(SimulatorHost.AdminKey);
        var response = await client.PutAsync($"/sim/models/{model}/fault", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Token);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task The_fault_route_needs_the_admin_key()
    {
        using var anonymous = host.Http();
        var response = await anonymous.PutAsJsonAsync("/sim/models/fault-down/fault", new { mode = "down" }, Token);
        await OpenAiErrorAssert.IsError(response, HttpStatusCode.Unauthorized);

        using var wrong = host.Http("not-the-admin-key");
        await OpenAiErrorAssert.IsError(await wrong.GetAsync("/sim/models/fault-down/fault", Token), HttpStatusCode.Unauthorized);
    }

    private sealed record FaultBody(string Model, string Mode, int DelayMs);
}
