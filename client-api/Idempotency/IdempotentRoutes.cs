namespace LlmActors.Api.Idempotency;

/// <summary>
/// The POST routes that call a model, and so honour idempotency keys. A new model route opts in with one line here;
/// the handlers themselves know nothing of keys.
/// </summary>
public static class IdempotentRoutes
{
    private static readonly HashSet<string> Patterns = new(StringComparer.OrdinalIgnoreCase)
    {
        "/v1/chat/completions",
        "/v1/completions",
        "/v1/responses",
        "/v1/messages",
        "/v1/embeddings",
        "/v1/moderations",
        "/v1/moderations/evaluate",
        "/v1/support/conversations/{conversationId}/messages",
        "/v1/code/completions",
    };

    public static bool Covers(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern }
        && Patterns.Contains(pattern);
}
