using System.Text.Json;
using LlmActors.Api.Anthropic.Wire;

namespace LlmActors.Api.Anthropic;

/// <summary>
/// The gateway's errors (OpenAI shape) in Anthropic's shape and status codes: the type follows the status
/// (invalid_request_error, authentication_error, permission_error, not_found_error, request_too_large,
/// rate_limit_error, api_error, overloaded_error for an unavailable model or cluster, which Anthropic answers 529).
/// </summary>
public static class AnthropicErrors
{
    public const int Overloaded = 529;

    public static (int Status, string Type) Map(int status) => status switch
    {
        400 or 415 or 422 => (400, "invalid_request_error"),
        401 => (401, "authentication_error"),
        403 => (403, "permission_error"),
        404 => (404, "not_found_error"),
        413 => (413, "request_too_large"),
        429 => (429, "rate_limit_error"),
        503 or Overloaded => (Overloaded, "overloaded_error"),
        504 => (504, "timeout_error"),
        < 500 => (status, "invalid_request_error"),
        _ => (status, "api_error"),
    };

    /// <summary>
    /// An error rewritten for the door: an OpenAI-shaped error becomes Anthropic's (its message keeps the field it
    /// names; an unknown model is 404 not_found_error, as Anthropic answers it), an Anthropic-shaped one (a
    /// provider's, passed on) stays as it is; null when the body is neither.
    /// </summary>
    public static (byte[] Body, int Status)? Rewrite(ReadOnlySpan<byte> body, int status)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "error")
            {
                return (body.ToArray(), Map(status).Status);
            }

            if (error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() == "model_not_found")
            {
                status = StatusCodes.Status404NotFound;
            }

            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "Request failed.";
            var param = error.TryGetProperty("param", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            if (param is not null && !message.Contains(param, StringComparison.Ordinal))
            {
                message = $"{param}: {message}";
            }

            var (mapped, kind) = Map(status);
            return (JsonSerializer.SerializeToUtf8Bytes(AnthropicError.Of(kind, message), AnthropicJsonContext.Default.AnthropicError), mapped);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The event a stream ends with when it is cut after it started.</summary>
    public static byte[] StreamEvent(string message) =>
        JsonSerializer.SerializeToUtf8Bytes(AnthropicError.Of("overloaded_error", message), AnthropicJsonContext.Default.AnthropicError);
}
