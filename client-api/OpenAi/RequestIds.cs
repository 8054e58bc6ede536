namespace LlmActors.Api.OpenAi;

/// <summary>
/// A client may name its request (<c>x-request-id</c> or <c>idempotency-key</c>) so a retry is not charged
/// twice; otherwise the gateway makes one. The id is echoed in <c>x-request-id</c>.
/// </summary>
public static class RequestIds
{
    public static string Of(HttpContext context)
    {
        var headers = context.Request.Headers;
        var given = headers["x-request-id"].ToString() is { Length: > 0 } id ? id : headers["idempotency-key"].ToString();
        var requestId = Identifiers.IsValid(given) ? given : Guid.NewGuid().ToString("N");
        context.Response.Headers["x-request-id"] = requestId;
        return requestId;
    }
}
