using System.Text.Json;
using LlmActors.Quotas;

namespace LlmActors.Api.Hosting;

/// <summary>Turns every failure into the OpenAI error shape: bad input 4xx, cluster trouble 503, never a bare 500 page.</summary>
public static class ErrorHandling
{
    public static IApplicationBuilder UseOpenAiErrors(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                var result = Translate(exception, context.RequestServices, out var unexpected);
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("LlmActors.Api.Errors");
                if (unexpected)
                {
                    logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
                }
                else if (result is JsonHttpResult<OpenAiError> { StatusCode: StatusCodes.Status503ServiceUnavailable })
                {
                    // Expected while silos come and go; one line (no stack) says which failure it was.
                    logger.LogWarning("Cluster unavailable on {Method} {Path}: {Error}: {Reason}",
                        context.Request.Method, context.Request.Path, exception.GetType().Name, exception.Message);
                }

                context.Response.Clear();
                await result.ExecuteAsync(context);
            }
        });

        // Empty 404/405 answers from routing get the same shape.
        app.UseStatusCodePages(async status =>
        {
            var response = status.HttpContext.Response;
            if (response.HasStarted || response.ContentLength > 0 || response.ContentType is not null)
            {
                return;
            }

            var result = response.StatusCode switch
            {
                StatusCodes.Status404NotFound => ApiErrors.NotFound($"No route for {status.HttpContext.Request.Path}.", "unknown_url"),
                StatusCodes.Status405MethodNotAllowed => ApiErrors.Error(405, "Method not allowed on this route.", "invalid_request_error", "method_not_allowed"),
                StatusCodes.Status415UnsupportedMediaType => ApiErrors.Error(415, "Send the body as application/json.", "invalid_request_error", "unsupported_media_type"),
                _ => ApiErrors.Error(response.StatusCode, "Request failed.", "invalid_request_error", null),
            };
            await result.ExecuteAsync(status.HttpContext);
        });
        return app;
    }

    private static IResult Translate(Exception exception, IServiceProvider services, out bool unexpected)
    {
        unexpected = false;
        switch (exception)
        {
            case InvalidRequestException invalid:
                return ApiErrors.Error(invalid.Status, invalid.Message, "invalid_request_error", invalid.Code, invalid.Param);
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                return ApiErrors.TooLarge();
            case BadHttpRequestException bad:
                return ApiErrors.Error(bad.StatusCode, Describe(bad), "invalid_request_error", "invalid_request");
            case JsonException json:
                return ApiErrors.BadRequest($"The body is not valid JSON: {json.Message}", code: "invalid_json");
            case ProjectLimitExceededException limit:
                return ApiErrors.Error(StatusCodes.Status429TooManyRequests, limit.Message, "rate_limit_error", "project_limit_exceeded");
            case OperationCanceledException:
                return ApiErrors.Error(StatusCodes.Status504GatewayTimeout, "The request timed out.", "timeout", "timeout");
            case var e when ClusterFailures.IsUnavailable(e) || services.GetService<ClusterClientConnection>() is { HasConnected: false }:
                return ApiErrors.Unavailable();
            default:
                unexpected = true;
                return ApiErrors.Error(StatusCodes.Status500InternalServerError, "Internal error.", "server_error", "internal_error");
        }
    }

    private static string Describe(BadHttpRequestException bad) =>
        bad.InnerException is JsonException json ? $"The body is not valid JSON: {json.Message}" : bad.Message;
}
