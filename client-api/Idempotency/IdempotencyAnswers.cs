using LlmActors.Idempotency;

namespace LlmActors.Api.Idempotency;

/// <summary>What a request under a key that may not run gets: the stored answer, or why not, in the OpenAI error shape.</summary>
public static class IdempotencyAnswers
{
    public const string ReplayedHeader = "idempotent-replayed";

    /// <summary>Headers kept with an answer: its type and the gateway's own; per-request ones (rate limits) are not replayed.</summary>
    public static bool IsKept(string header) =>
        header.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || header.StartsWith("x-llmactors-", StringComparison.OrdinalIgnoreCase);

    public static async Task ReplayAsync(HttpContext context, StoredAnswer answer)
    {
        var response = context.Response;
        response.StatusCode = answer.Status;
        foreach (var header in answer.Headers)
        {
            response.Headers[header.Name] = header.Value;
        }

        response.Headers[ReplayedHeader] = "true";
        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }

    public static IResult Refusal(IdempotencyClaim claim, string header) => claim.Outcome switch
    {
        IdempotencyOutcome.KeyReused => ApiErrors.Error(StatusCodes.Status422UnprocessableEntity,
            $"This '{header}' was already used for a different request (another method, path or body). Send a new key for a new request.",
            "invalid_request_error", "idempotency_key_reused", header),
        IdempotencyOutcome.InUse => ApiErrors.Error(StatusCodes.Status409Conflict,
            "A request with this idempotency key is still running. Retry once it has finished to get its answer.",
            "invalid_request_error", "idempotency_key_in_use", header),
        _ => ApiErrors.Error(StatusCodes.Status409Conflict,
            claim.Reason ?? "The answer to this idempotency key was not stored and cannot be replayed. Send a new key to run the request again.",
            "invalid_request_error", "idempotency_replay_unavailable", header),
    };

    public static IResult InvalidKey(string header) => ApiErrors.BadRequest(
        $"'{header}' must be 1-{Identifiers.MaxLength} letters, digits or . _ : @ - (it names the request, so a retry is not run twice).",
        header, "invalid_idempotency_key");
}
