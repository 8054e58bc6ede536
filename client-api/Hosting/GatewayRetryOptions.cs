namespace LlmActors.Api.Hosting;

/// <summary>How long an API host keeps retrying a grain call that found no gateway (<c>Orleans:GatewayRetry</c>).</summary>
public sealed class GatewayRetryOptions
{
    public const string Section = "Orleans:GatewayRetry";

    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(250);
}
