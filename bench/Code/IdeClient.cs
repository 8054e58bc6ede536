namespace LlmActors.Bench.Code;

/// <summary>The HTTP side of an editor plugin: open a file, ask for a completion whole or streamed.</summary>
public sealed class IdeClient(HttpClient http, string path, bool stream)
{
    public async Task OpenAsync(string content, int cursor)
    {
        using var response = await http.PostAsJsonAsync("/v1/code/files/open", new { path, content, cursor });
        response.EnsureSuccessStatusCode();
    }

    public async Task<AskResult> AskAsync(string content, int cursor)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/code/completions")
            {
                Content = JsonContent.Create(new { path, content, cursor, stream }),
            };
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode)
            {
                return Failed(clock);
            }

            return stream ? await ReadStreamAsync(response, clock) : Answer(await response.Content.ReadFromJsonAsync<JsonElement>(), clock, firstTextMs: null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or JsonException)
        {
            return Failed(clock);
        }
    }

    private static async Task<AskResult> ReadStreamAsync(HttpResponseMessage response, Stopwatch clock)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        double? firstTextMs = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (!line.StartsWith("data: {", StringComparison.Ordinal))
            {
                continue;
            }

            var item = JsonDocument.Parse(line["data: ".Length..]).RootElement;
            if (item.TryGetProperty("delta", out var delta) && delta.GetString() is { Length: > 0 })
            {
                firstTextMs ??= clock.Elapsed.TotalMilliseconds;
            }
            else if (item.TryGetProperty("completion", out _))
            {
                return Answer(item, clock, firstTextMs);
            }
        }

        return Failed(clock);
    }

    private static AskResult Answer(JsonElement body, Stopwatch clock, double? firstTextMs)
    {
        var latency = clock.Elapsed.TotalMilliseconds;
        return new AskResult(latency, firstTextMs ?? latency, body.GetProperty("cached").GetBoolean(), body.GetProperty("timedOut").GetBoolean(),
            body.GetProperty("cancelled").GetBoolean(), Failed: false);
    }

    private static AskResult Failed(Stopwatch clock) => new(clock.Elapsed.TotalMilliseconds, clock.Elapsed.TotalMilliseconds, false, false, false, Failed: true);
}
