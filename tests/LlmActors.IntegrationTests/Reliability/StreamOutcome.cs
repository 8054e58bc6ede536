namespace LlmActors.IntegrationTests.Reliability;

/// <summary>What a client read from an SSE answer: its status, the data events, and whether the connection broke.</summary>
public sealed record StreamOutcome(HttpStatusCode Status, IReadOnlyList<string> Events, bool Broken)
{
    public bool Done => Events.Contains("[DONE]");

    public bool HasErrorEvent => Events.Any(e => e.Contains("\"error\"", StringComparison.Ordinal));

    public static async Task<StreamOutcome> ReadAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var events = new List<string>();
        try
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    events.Add(line[6..]);
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return new StreamOutcome(response.StatusCode, events, Broken: true);
        }

        return new StreamOutcome(response.StatusCode, events, Broken: false);
    }

    public override string ToString() => $"{(int)Status} broken={Broken} events={Events.Count}: {string.Join(" | ", Events.Take(4))}";
}
