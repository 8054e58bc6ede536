using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace LlmActors.Tests.Code;

/// <summary>What an IDE plugin does with the code routes, with the answers parsed.</summary>
public sealed class CodeClient(HttpClient http) : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<CodeClient> For(EmbeddedApiFactory factory, string project) =>
        new(factory.Client(await factory.CreateProjectKey(project)));

    public HttpClient Http => http;

    public async Task Open(string path, string content, int cursor, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/v1/code/files/open", new { path, content, cursor }, ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    public async Task<CompletionAnswer> Complete(string path, string content, int cursor, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/v1/code/completions", new { path, content, cursor }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<CompletionAnswer>(body, Web)!;
    }

    /// <summary>Reads the SSE answer as it comes; <paramref name="onEvent"/> sees each event (and the ms since the request).</summary>
    public async Task<StreamedCompletion> Stream(string path, string content, int cursor, CancellationToken ct, Func<JsonElement, Task>? onEvent = null)
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/code/completions")
        {
            Content = JsonContent.Create(new { path, content, cursor, stream = true }),
        };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        var deltas = new List<string>();
        double? firstDeltaMs = null;
        CompletionAnswer? final = null;
        var done = false;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            var data = line["data: ".Length..];
            if (data == "[DONE]")
            {
                done = true;
                break;
            }

            using var doc = JsonDocument.Parse(data);
            var item = doc.RootElement.Clone();
            if (onEvent is not null)
            {
                await onEvent(item);
            }

            if (item.GetProperty("object").GetString() == "code.completion.chunk")
            {
                firstDeltaMs ??= clock.Elapsed.TotalMilliseconds;
                deltas.Add(item.GetProperty("delta").GetString()!);
            }
            else
            {
                final = item.Deserialize<CompletionAnswer>(Web);
            }
        }

        return new StreamedCompletion(deltas, final, done, firstDeltaMs);
    }

    public async Task<Stats> Stats(string? path, CancellationToken ct)
    {
        var uri = path is null ? "/v1/code/stats" : "/v1/code/stats?path=" + Uri.EscapeDataString(path);
        var response = await http.GetAsync(uri, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<Stats>(body, Web)!;
    }

    public Task<HttpResponseMessage> PostRaw(string route, string json, CancellationToken ct) =>
        http.PostAsync(route, new StringContent(json, new MediaTypeHeaderValue("application/json")), ct);

    public void Dispose() => http.Dispose();
}
