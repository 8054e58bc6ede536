namespace LlmActors.IntegrationTests.Reliability;

/// <summary>Requests the fault tests send, over a client that outwaits Orleans' 30 s response timeout.</summary>
public static class ClusterRequests
{
    /// <summary>A stuck request then shows as what the server finally answered, not as a client-side timeout.</summary>
    public static HttpClient LongClient(ApiHandle api)
    {
        var http = api.Client();
        http.Timeout = TimeSpan.FromSeconds(90);
        return http;
    }

    /// <summary>A short chat completion for one of the fixture's projects, chosen by request number.</summary>
    public static async Task<Attempt> ChatAsync(HttpClient http, IReadOnlyList<(string Project, string Key)> keys, int id, Func<TimeSpan> now, string model = "sim-small")
    {
        var (project, key) = keys[id % keys.Count];
        using var request = LoadRequests.Chat(key, model, $"request {id}: where is my parcel?");
        return await LoadRequests.SendAsync(http, request, "chat", project, now, CancellationToken.None);
    }
}
