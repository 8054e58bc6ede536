namespace LlmActors.Api.Hosting;

/// <summary>Thrown by request readers; answered as a 4xx in the OpenAI error shape naming the field.</summary>
public sealed class InvalidRequestException(string message, string? param = null, int status = StatusCodes.Status400BadRequest, string code = "invalid_request")
    : Exception(message)
{
    public string? Param { get; } = param;
    public int Status { get; } = status;
    public string Code { get; } = code;
}
