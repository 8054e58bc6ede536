namespace LlmActors.Api.Anthropic;

/// <summary>
/// Endpoint metadata of the Anthropic Messages door: keys are also taken from <c>x-api-key</c> (what Anthropic's SDKs
/// send), and every error on it is written in Anthropic's shape (<see cref="AnthropicErrorMiddleware"/>).
/// </summary>
public sealed class AnthropicDoor
{
    public const string ApiKeyHeader = "x-api-key";

    /// <summary>Routes of the door, for the error middleware that runs before routing has chosen an endpoint.</summary>
    public const string PathPrefix = "/v1/messages";

    public static readonly AnthropicDoor Instance = new();

    private AnthropicDoor()
    {
    }

    public static bool IsDoor(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<AnthropicDoor>() is not null;

    public static bool IsDoorPath(PathString path) =>
        path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase, out var rest) && (rest.Value is null or "" or "/" || rest.StartsWithSegments("/count_tokens", StringComparison.OrdinalIgnoreCase));
}
