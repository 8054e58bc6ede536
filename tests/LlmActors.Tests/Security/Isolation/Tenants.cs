using System.Text;
using System.Text.Json;

namespace LlmActors.Tests.Security.Isolation;

/// <summary>Two projects of one gateway, each with its key, and the requests the isolation checks send.</summary>
public sealed class Tenants(EmbeddedApiFactory factory, string projectA, string keyA, string projectB, string keyB) : IDisposable
{
    public string ProjectA => projectA;
    public string ProjectB => projectB;
    public string KeyA => keyA;
    public string KeyB => keyB;
    public HttpClient A { get; } = factory.Client(keyA);
    public HttpClient B { get; } = factory.Client(keyB);
    public HttpClient Admin { get; } = factory.AdminClient();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Tenants> CreateAsync(EmbeddedApiFactory factory, string name)
    {
        var (a, b) = ($"iso-a-{name}", $"iso-b-{name}");
        return new Tenants(factory, a, await factory.CreateProjectKey(a), b, await factory.CreateProjectKey(b));
    }

    public async Task<JsonElement> UsageAsync(string project, string? user = null) =>
        await GetJsonAsync(Admin, user is null ? $"/admin/projects/{project}/usage" : $"/admin/projects/{project}/users/{user}/usage");

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, string json, string? requestId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (requestId is not null)
        {
            request.Headers.Add("x-request-id", requestId);
        }

        return client.SendAsync(request, Ct);
    }

    /// <summary>A chat completion; <paramref name="maxTokens"/> null lets the answer finish (only finished answers are cached).</summary>
    public static Task<HttpResponseMessage> ChatAsync(HttpClient client, string content, string model = "sim-small", string? user = null, string? requestId = null, int? maxTokens = 24) =>
        PostJsonAsync(client, "/v1/chat/completions",
            JsonSerializer.Serialize(new { model, user, max_tokens = maxTokens, messages = new[] { new { role = "user", content } } },
                new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }),
            requestId);

    /// <summary>A support message; returns the answer's body.</summary>
    public static async Task<JsonElement> SupportAsync(HttpClient client, string conversation, string message)
    {
        using var response = await PostJsonAsync(client, $"/v1/support/conversations/{conversation}/messages", JsonSerializer.Serialize(new { message }));
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"support message: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
        Admin.Dispose();
    }
}
