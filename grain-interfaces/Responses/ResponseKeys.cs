namespace LlmActors.Responses;

public static class ResponseKeys
{
    /// <summary>A stored response's grain key. Project ids never contain '/', and response ids are checked ids.</summary>
    public static string Of(string projectId, string responseId) => $"{projectId}/{responseId}";

    public static IResponseGrain Response(this IGrainFactory grains, string projectId, string responseId) =>
        grains.GetGrain<IResponseGrain>(Of(projectId, responseId));

    /// <summary>A response id as this gateway makes them and accepts them: <c>resp_</c> and letters, digits, <c>_</c> or <c>-</c>.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 5 and <= 128 } && id.StartsWith("resp_", StringComparison.Ordinal) && id.AsSpan(5).IndexOfAnyExcept(Allowed) < 0;

    private static readonly System.Buffers.SearchValues<char> Allowed =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
}
