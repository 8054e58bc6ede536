namespace LlmActors.Api.Hosting;

/// <summary>An API host started before its silos waits for them instead of exiting.</summary>
public sealed class StartupConnectionRetry(ILogger<StartupConnectionRetry> logger) : IClientConnectionRetryFilter
{
    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        logger.LogWarning("Cluster not reachable yet ({Reason}); retrying", exception.Message);
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return true;
    }
}
