namespace LlmActors.Bench.Moderation;

/// <summary>The labelled moderation set (JSONL: <c>id</c>, <c>input</c>, <c>flagged</c>, plus descriptive fields) as evaluation items.</summary>
public static class LabelledSet
{
    public const string DefaultPath = "tests/data/moderation-labelled.jsonl";

    public static IReadOnlyList<JsonElement> Load(string? path)
    {
        var file = Path.Combine(GatewayProcess.RepoRoot(), path ?? DefaultPath);
        return [.. File.ReadLines(file)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(row => JsonSerializer.SerializeToElement(new
            {
                id = row.GetProperty("id").GetString(),
                input = row.GetProperty("input").GetString(),
                flagged = row.GetProperty("flagged").GetBoolean(),
            }))];
    }
}
