using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Http;

/// <summary>Writes <c>{"error": {"message", "type", "param", "code"}}</c>, the body every OpenAI client understands.</summary>
internal static class ErrorWriter
{
    public static Task WriteAsync(HttpResponse response, SimError error)
    {
        RetryHeaders(response, error);
        return JsonResponse.WriteAsync(response, new ErrorEnvelope(new ErrorDetail(error.Message, error.Type, error.Param, error.Code)), SimJsonContext.Default.ErrorEnvelope, error.Status);
    }

    /// <summary>A throttled answer says when to come back, in seconds and milliseconds, whatever its body's shape.</summary>
    public static void RetryHeaders(HttpResponse response, SimError error)
    {
        if (error.RetryAfterMs is { } wait)
        {
            response.Headers.RetryAfter = ((wait + 999) / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            response.Headers["retry-after-ms"] = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public static Task WriteAsync(HttpResponse response, int status, string message, string type, string? param, string? code) =>
        WriteAsync(response, new SimError(status, message, type, param, code));
}
