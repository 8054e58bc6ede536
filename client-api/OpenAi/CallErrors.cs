using System.Globalization;
using System.Text.Json;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>How a model call's error reaches the client.</summary>
public static class CallErrors
{
    public static IResult ToResult(CallError error, HttpResponse response)
    {
        switch (error.Status)
        {
            case CallStatus.BudgetExceeded:
                response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(error.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                // Retry-After is the time to the budget's reset, often hours. The OpenAI SDKs retry a 429 by default
                // and the Node SDK sleeps for the whole Retry-After, so without this a call hung until midnight.
                response.Headers["x-should-retry"] = "false";
                return ApiErrors.Error(StatusCodes.Status429TooManyRequests, error.Message, "insufficient_quota", error.Code ?? "budget_exceeded", error.Param);
            case CallStatus.BadRequest:
                return ApiErrors.BadRequest(error.Message, error.Param, error.Code ?? (error.Param == "model" ? "model_not_found" : "invalid_request"));
            case CallStatus.ProviderRejected when ProviderError(error) is { } passed:
                return passed;
            case CallStatus.NotFound:
                return ApiErrors.Error(StatusCodes.Status404NotFound, error.Message, "invalid_request_error", error.Code ?? "not_found", error.Param);
            case CallStatus.Duplicate:
                return ApiErrors.Error(StatusCodes.Status409Conflict, error.Message, "invalid_request_error", "duplicate_request", error.Param);
            case CallStatus.ProviderRejected:
                return ApiErrors.Error(StatusCodes.Status400BadRequest, error.Message, "invalid_request_error", "provider_rejected", error.Param);
            default:
                return ApiErrors.Error(StatusCodes.Status503ServiceUnavailable, error.Message, "server_error", error.Code ?? "model_unavailable", error.Param);
        }
    }

    /// <summary>
    /// The provider's own 4xx answer, as it came, when it is an OpenAI-shaped error: a proxy does not reword it. An
    /// Anthropic provider's error (<c>{"type":"error","error":{"type","message"}}</c>) keeps its status and message in
    /// the OpenAI shape; on the Messages door the error middleware turns every error back into Anthropic's.
    /// </summary>
    private static IResult? ProviderError(CallError error)
    {
        if (error.ProviderBody is not { } body || error.ProviderStatus is < 400 or >= 500)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("error", out var detail)
                || detail.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("type", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() == "error"
                && detail.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                var type = detail.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "invalid_request_error";
                return ApiErrors.Error(error.ProviderStatus, message.GetString()!, type, "provider_rejected");
            }

            return new RawJsonResult(error.ProviderStatus, body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
