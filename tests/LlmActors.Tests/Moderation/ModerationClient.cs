using System.Text.Json;

namespace LlmActors.Tests.Moderation;

/// <summary>Moderation calls as a plain HTTP client makes them; answers the <c>results</c> array or fails with the body.</summary>
internal static class ModerationClient
{
    public const string Benign = "What time does the library open on Sunday?";
    public const string Threat = "I am going to kill you tonight.";

    public static async Task<JsonElement[]> Moderate(HttpClient client, params string[] inputs)
    {
        object input = inputs.Length == 1 ? inputs[0] : inputs;
        var response = await client.PostAsJsonAsync("/v1/moderations", new { input }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"moderation answered {(int)response.StatusCode}: {body}");
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("results").EnumerateArray().Select(r => r.Clone())];
    }

    public static async Task<JsonElement> Extension(HttpClient client, string input) =>
        (await Moderate(client, input))[0].GetProperty("llmactors");

    public static async Task SetPolicy(EmbeddedApiFactory factory, string projectId, object policy)
    {
        using var admin = factory.AdminClient();
        var response = await admin.PutAsJsonAsync($"/admin/projects/{projectId}/moderation", policy, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
