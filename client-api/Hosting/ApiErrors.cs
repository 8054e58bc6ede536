namespace LlmActors.Api.Hosting;

/// <summary>Every error the API answers, in the OpenAI error shape.</summary>
public static class ApiErrors
{
    public static JsonHttpResult<OpenAiError> Error(int status, string message, string type, string? code, string? param = null) =>
        TypedResults.Json(OpenAiError.Of(message, type, code, param), statusCode: status);

    public static JsonHttpResult<OpenAiError> BadRequest(string message, string? param = null, string code = "invalid_request") =>
        Error(StatusCodes.Status400BadRequest, message, "invalid_request_error", code, param);

    public static JsonHttpResult<OpenAiError> Unauthorized(string message = "Missing or unknown API key.") =>
        Error(StatusCodes.Status401Unauthorized, message, "authentication_error", "invalid_api_key");

    public static JsonHttpResult<OpenAiError> Forbidden(string message = "This key may not act on that project.") =>
        Error(StatusCodes.Status403Forbidden, message, "permission_error", "forbidden");

    public static JsonHttpResult<OpenAiError> NotFound(string message, string code = "not_found") =>
        Error(StatusCodes.Status404NotFound, message, "invalid_request_error", code);

    public static JsonHttpResult<OpenAiError> TooLarge(string message = "The request body is over the size limit.") =>
        Error(StatusCodes.Status413PayloadTooLarge, message, "invalid_request_error", "request_too_large");

    public static JsonHttpResult<OpenAiError> Unavailable(string message = "The cluster is unreachable; try again shortly.") =>
        Error(StatusCodes.Status503ServiceUnavailable, message, "service_unavailable", "cluster_unavailable");
}
