namespace LlmActors.Api.Hosting;

/// <summary>
/// Retries a grain call that could not reach any gateway (e.g. a silo just died and the gateway list is stale),
/// for a bounded time; the message never reached a silo, so retrying cannot do the work twice.
/// </summary>
public sealed class GatewayRetryFilter(IOptions<GatewayRetryOptions> options, ILogger<GatewayRetryFilter> logger) : IOutgoingGrainCallFilter
{
    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        var deadline = DateTime.UtcNow + options.Value.MaxWait;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await context.Invoke();
                return;
            }
            catch (Exception e) when (ClusterFailures.IsNoGateway(e) && DateTime.UtcNow + options.Value.Delay < deadline)
            {
                logger.LogWarning("No gateway for {Method} (attempt {Attempt}): {Reason}; retrying", context.InterfaceMethod?.Name, attempt, e.Message);
                await Task.Delay(options.Value.Delay);
            }
        }
    }
}
