namespace LlmActors.ModelSim.Http;

/// <summary>A request the simulator refuses, carried to the route wrapper that writes it in the OpenAI error shape.</summary>
internal sealed class SimError(int status, string message, string type, string? param, string? code) : Exception(message)
{
    public int Status { get; } = status;

    public string Type { get; } = type;

    public string? Param { get; } = param;

    public string? Code { get; } = code;

    /// <summary>Sent as <c>Retry-After</c> (seconds, rounded up) and <c>retry-after-ms</c>, as OpenAI and Azure do on a 429.</summary>
    public int? RetryAfterMs { get; init; }

    public static SimError Throttled(string model, int retryAfterMs) =>
        new(StatusCodes.Status429TooManyRequests, $"Rate limit reached for '{model}' (simulated fault).", "requests", null, "rate_limit_exceeded")
        {
            RetryAfterMs = retryAfterMs,
        };

    public static SimError BadRequest(string message, string? param = null, string code = "invalid_value") =>
        new(StatusCodes.Status400BadRequest, message, "invalid_request_error", param, code);

    public static SimError WrongType(string param, string expected) =>
        BadRequest($"'{param}' must be {expected}.", param, "invalid_type");

    public static SimError TooLarge(int limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limit} bytes.", "invalid_request_error", null, "request_too_large");

    public static SimError Unauthorized() =>
        new(StatusCodes.Status401Unauthorized, "The fault route needs the admin key: 'Authorization: Bearer <Auth:AdminKey>'.", "authentication_error", null, "invalid_api_key");

    public static SimError ModelDown(string model) =>
        new(StatusCodes.Status503ServiceUnavailable, $"The model '{model}' is down (simulated fault).", "server_error", null, "model_unavailable");
}
