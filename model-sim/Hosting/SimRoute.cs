using Microsoft.AspNetCore.Diagnostics;

namespace LlmActors.ModelSim.Hosting;

/// <summary>Runs a simulator handler so that bad input always ends as a 4xx in the route's error shape (OpenAI's by default), never a 500.</summary>
internal static class SimRoute
{
    /// <param name="writeError">How the route writes a refusal; default the OpenAI shape (<see cref="ErrorWriter"/>).</param>
    public static RequestDelegate Wrap(Func<HttpContext, Task> handler, Func<HttpResponse, SimError, Task>? writeError = null) => async context =>
    {
        writeError ??= ErrorWriter.WriteAsync;
        try
        {
            await handler(context);
        }
        catch (SimError error) when (!context.Response.HasStarted)
        {
            await writeError(context.Response, error);
        }
        catch (BadHttpRequestException error) when (!context.Response.HasStarted)
        {
            var tooLarge = error.StatusCode == StatusCodes.Status413PayloadTooLarge;
            await writeError(context.Response, new SimError(error.StatusCode, error.Message, "invalid_request_error", null, tooLarge ? "request_too_large" : "invalid_request"));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (or a cut fault dropped it): nobody is left to answer.
        }
        catch (Exception error) when (!context.Response.HasStarted)
        {
            // A simulator bug, not bad input: still answer in the shape every OpenAI client can read, and say so in the log.
            context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("LlmActors.ModelSim").LogError(error, "Simulator failed on {Path}", context.Request.Path);
            await writeError(context.Response, new SimError(StatusCodes.Status500InternalServerError, "The simulator failed unexpectedly.", "server_error", null, "internal_error"));
        }
    };

    /// <summary>For the standalone host: empty 404/405 answers from routing get the OpenAI shape too.</summary>
    public static Task StatusCodeAsync(StatusCodeContext status)
    {
        var response = status.HttpContext.Response;
        if (response.HasStarted || response.ContentLength > 0 || response.ContentType is not null)
        {
            return Task.CompletedTask;
        }

        return response.StatusCode == StatusCodes.Status404NotFound
            ? ErrorWriter.WriteAsync(response, 404, $"No route for {status.HttpContext.Request.Path}.", "invalid_request_error", null, "unknown_url")
            : ErrorWriter.WriteAsync(response, response.StatusCode, "The request failed.", "invalid_request_error", null, "invalid_request");
    }
}
