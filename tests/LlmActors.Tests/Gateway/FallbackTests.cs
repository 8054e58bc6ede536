using System.ClientModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using OpenAI.Chat;

namespace LlmActors.Tests.Gateway;

/// <summary>
/// Faults are per simulator, so these tests own an API instance; each test faults a model of its own chain
/// (sim-large → sim-medium, sim-code → sim-small, sim-medium → sim-small) so they can run side by side.
/// </summary>
public sealed class FallbackTests : IAsyncLifetime
{
    private readonly EmbeddedApiFactory _factory = new();
    private string _key = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _factory.Settings["Models:Resilience:AttemptTimeout"] = "00:00:01";
        _factory.Settings["Models:Resilience:FirstTokenTimeout"] = "00:00:00.500";
        _factory.Settings["Models:Resilience:MinimumThroughput"] = "3";
        _factory.Settings["Models:Resilience:FailureRatio"] = "0.5";
        _factory.Settings["Models:Resilience:BreakDuration"] = "00:00:02";
        _factory.StartServer();
        _key = await _factory.CreateProjectKey("fallback");
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_down_primary_is_answered_by_its_fallback_without_the_user_seeing_it()
    {
        await _factory.SetFault("sim-large", "down");
        try
        {
            using var client = _factory.Client(_key);
            for (var i = 0; i < 5; i++)
            {
                var response = await client.PostAsJsonAsync("/v1/chat/completions", Chat("sim-large", $"question {i}"), Ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("sim-medium", response.Headers.GetValues("x-llmactors-model").Single());
                Assert.Equal("true", response.Headers.GetValues("x-llmactors-fallback").Single());
            }
        }
        finally
        {
            await _factory.SetFault("sim-large", "none");
        }
    }

    [Fact]
    public async Task A_stream_whose_primary_is_slower_than_the_first_token_timeout_is_served_by_the_fallback()
    {
        await _factory.SetFault("sim-code", "slow", delayMs: 4000);
        try
        {
            var chat = _factory.OpenAi(_key).GetChatClient("sim-code");
            var watch = Stopwatch.StartNew();
            var text = new StringBuilder();
            await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("complete: int Add(int a, int b) =>")], cancellationToken: Ct))
            {
                text.Append(string.Concat(update.ContentUpdate.Select(p => p.Text)));
            }

            Assert.StartsWith("[sim-small]", text.ToString());
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3.5), $"took {watch.Elapsed}: the slow primary was waited for");
        }
        finally
        {
            await _factory.SetFault("sim-code", "none");
        }
    }

    [Fact]
    public async Task A_stream_cut_after_its_first_token_ends_in_an_error_not_a_short_success()
    {
        await _factory.SetFault("sim-medium", "cut");
        try
        {
            using var client = _factory.Client(_key);
            var body = Chat("sim-medium", "tell me a long story", stream: true);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = JsonContent.Create(body) };
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            var events = new List<string>();
            var failed = false;
            try
            {
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));
                while (await reader.ReadLineAsync(Ct) is { } line)
                {
                    if (line.StartsWith("data: ", StringComparison.Ordinal))
                    {
                        events.Add(line[6..]);
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                failed = true;
            }

            Assert.DoesNotContain("[DONE]", events);
            Assert.True(failed || events.Any(e => e.Contains("\"error\"", StringComparison.Ordinal)), "the client saw neither an error event nor a broken stream");
            // Text did reach the client before the cut: this is the after-first-token case.
            Assert.Contains(events, e => e.Contains("\"content\":\"[sim-medium]", StringComparison.Ordinal));
        }
        finally
        {
            await _factory.SetFault("sim-medium", "none");
        }
    }

    [Fact]
    public async Task The_sdk_sees_a_cut_stream_as_an_exception()
    {
        await _factory.SetFault("sim-small", "cut");
        try
        {
            var chat = _factory.OpenAi(_key).GetChatClient("sim-small");
            await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await foreach (var _ in chat.CompleteChatStreamingAsync([new UserChatMessage("a long answer please")], cancellationToken: Ct))
                {
                }
            });
        }
        finally
        {
            await _factory.SetFault("sim-small", "none");
        }
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_closes_again_after_the_break()
    {
        // sim-embed has no fallback: while it is slow every call waits out the 1 s attempt timeout, until the
        // breaker opens and calls fail at once; after the break a healthy model is tried again.
        await _factory.SetFault("sim-embed", "slow", delayMs: 3000);
        var embeddings = _factory.OpenAi(_key).GetEmbeddingClient("sim-embed");
        for (var i = 0; i < 3; i++)
        {
            var timedOut = await Assert.ThrowsAsync<ClientResultException>(() => embeddings.GenerateEmbeddingAsync($"warm {i}", cancellationToken: Ct));
            Assert.Equal(503, timedOut.Status);
        }

        var watch = Stopwatch.StartNew();
        var open = await Assert.ThrowsAsync<ClientResultException>(() => embeddings.GenerateEmbeddingAsync("while open", cancellationToken: Ct));
        Assert.Equal(503, open.Status);
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(700), $"an open circuit should fail fast, took {watch.Elapsed}");

        await _factory.SetFault("sim-embed", "none");
        var healed = await Eventually.Until(
            async () =>
            {
                try
                {
                    return (await embeddings.GenerateEmbeddingAsync("after the break", cancellationToken: Ct)).Value.ToFloats().Length;
                }
                catch (ClientResultException)
                {
                    return 0;
                }
            },
            length => length > 0, Ct, TimeSpan.FromSeconds(10));
        Assert.True(healed > 0);
    }

    [Fact]
    public async Task The_backup_answers_the_same_tool_call_when_the_primary_is_down()
    {
        await _factory.SetFault("sim-large", "down");
        try
        {
            using var client = _factory.Client(_key);
            var response = await client.PostAsync("/v1/chat/completions", new StringContent($$$$"""
                {"model":"sim-large","messages":[{"role":"user","content":"Weather in Rome for 2 days?"}],
                 "tools":[{"type":"function","function":{"name":"get_weather","description":"Get the weather forecast for a city","parameters":{{{{ModelSim.ToolCallTests.WeatherSchema}}}}}}],
                 "tool_choice":{"type":"function","function":{"name":"get_weather"}}}
                """, Encoding.UTF8, "application/json"), Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("true", response.Headers.GetValues("x-llmactors-fallback").Single());
            Assert.Equal("sim-medium", response.Headers.GetValues("x-llmactors-model").Single());
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            var choice = answer.RootElement.GetProperty("choices")[0];
            Assert.Equal("tool_calls", choice.GetProperty("finish_reason").GetString());
            var call = choice.GetProperty("message").GetProperty("tool_calls")[0].GetProperty("function");
            Assert.Equal("get_weather", call.GetProperty("name").GetString());
            ModelSim.SimHttp.Satisfies(ModelSim.ToolCallTests.WeatherSchema, call.GetProperty("arguments").GetString()!);
        }
        finally
        {
            await _factory.SetFault("sim-large", "none");
        }
    }

    [Fact]
    public async Task A_backup_that_lacks_what_the_request_needs_is_skipped()
    {
        // sim-reason falls back to sim-large, which does not reason: a reasoning request has no backup, a plain one has.
        await _factory.SetFault("sim-reason", "down");
        try
        {
            using var client = _factory.Client(_key);
            var reasoning = await client.PostAsJsonAsync("/v1/chat/completions",
                new { model = "sim-reason", reasoning_effort = "high", messages = new[] { new { role = "user", content = "Think hard" } } }, Ct);
            var plain = await client.PostAsJsonAsync("/v1/chat/completions", Chat("sim-reason", "Just answer"), Ct);

            var error = await OpenAiErrorAssert.IsError(reasoning, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("model_unavailable", error.GetProperty("code").GetString());
            Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
            Assert.Equal("sim-large", plain.Headers.GetValues("x-llmactors-model").Single());
        }
        finally
        {
            await _factory.SetFault("sim-reason", "none");
        }
    }

    private static object Chat(string model, string content, bool stream = false) =>
        new { model, stream, messages = new[] { new { role = "user", content } } };
}
