namespace LlmActors.Api.OpenAi;

/// <summary>
/// The budget request id of one execution, always made by the gateway: an id the client chose would let a reused
/// one name a call the budget already settled. What makes a client's retry safe is its key (<c>idempotency-key</c>,
/// else <c>x-request-id</c>), held by the idempotency layer; the key is echoed in <c>x-request-id</c> and leads the
/// budget id, so logs can be matched to it.
/// </summary>
public static class RequestIds
{
    public const string RequestIdHeader = "x-request-id";
    public const string IdempotencyKeyHeader = "idempotency-key";

    public static string Of(HttpContext context)
    {
        var unique = Guid.NewGuid().ToString("N");
        var key = ValidClientKey(context.Request.Headers);
        Echo(context, unique);
        return key is null ? unique : key + ":" + unique;
    }

    /// <summary>The key a client named its request with, and the header it came in; null when it sent none.</summary>
    public static (string Header, string Value)? ClientKey(IHeaderDictionary headers) =>
        headers[IdempotencyKeyHeader].ToString() is { Length: > 0 } key ? (IdempotencyKeyHeader, key)
        : headers[RequestIdHeader].ToString() is { Length: > 0 } id ? (RequestIdHeader, id)
        : null;

    /// <summary>The client's key when it is a valid identifier (the idempotency layer refuses invalid ones).</summary>
    public static string? ValidClientKey(IHeaderDictionary headers) =>
        ClientKey(headers) is { } given && Identifiers.IsValid(given.Value) ? given.Value : null;

    /// <summary>Answers with the client's own <c>x-request-id</c>, else its idempotency key, else <paramref name="fallback"/>.</summary>
    public static void Echo(HttpContext context, string fallback)
    {
        var headers = context.Request.Headers;
        var own = headers[RequestIdHeader].ToString();
        var key = headers[IdempotencyKeyHeader].ToString();
        context.Response.Headers[RequestIdHeader] = Identifiers.IsValid(own) ? own : Identifiers.IsValid(key) ? key : fallback;
    }
}
