namespace LlmActors.Api.OpenAi;

/// <summary>JSON bytes written as they are, with a status: a provider's answer passed through.</summary>
public sealed class RawJsonResult(int status, byte[] body) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
