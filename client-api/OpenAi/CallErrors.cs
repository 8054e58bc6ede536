using System.Globalization;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>How a model call's error reaches the client.</summary>
public static class CallErrors
{
    public static JsonHttpResult<OpenAiError> ToResult(CallError error, HttpResponse response)
    {
        switch (error.Status)
        {
            case CallStatus.BudgetExceeded:
                response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(error.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ApiErrors.Error(StatusCodes.Status429TooManyRequests, error.Message, "insufficient_quota", "budget_exceeded", error.Param);
            case CallStatus.BadRequest:
                return ApiErrors.BadRequest(error.Message, error.Param, error.Param == "model" ? "model_not_found" : "invalid_request");
            case CallStatus.Duplicate:
                return ApiErrors.Error(StatusCodes.Status409Conflict, error.Message, "invalid_request_error", "duplicate_request", error.Param);
            case CallStatus.ProviderRejected:
                return ApiErrors.Error(StatusCodes.Status400BadRequest, error.Message, "invalid_request_error", "provider_rejected", error.Param);
            default:
                return ApiErrors.Error(StatusCodes.Status503ServiceUnavailable, error.Message, "server_error", "model_unavailable", error.Param);
        }
    }
}
