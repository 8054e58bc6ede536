namespace LlmActors.Grains.Models;

/// <summary>
/// Runs one call down its plan's chain: each deployment of the model in the balancer's order (so a 429, a 5xx or a
/// timeout is retried on another deployment of the same model first), then each fallback model, every attempt under
/// its deployment's breaker and a timeout that never runs past the call's one end-to-end deadline. A request the
/// provider refuses as invalid is not retried: another deployment would refuse it too.
/// </summary>
public sealed class FallbackChain(ModelResilience resilience, DeploymentBalancer balancer, TimeProvider clock, ILogger<FallbackChain> logger)
{
    public async Task<ChainOutcome<T>> RunAsync<T>(
        ChatPlan plan, TimeSpan attemptTimeout, Func<Attempt, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        Exception? last = null;
        for (var i = 0; i < plan.Chain.Count; i++)
        {
            var model = plan.Chain[i];
            foreach (var deployment in balancer.Order(model))
            {
                var remaining = plan.Deadline - clock.GetUtcNow();
                if (remaining <= TimeSpan.Zero)
                {
                    logger.LogWarning("Call for {Model} reached its deadline before {Deployment} could be tried", plan.Chain[0].Name, deployment.Id);
                    return new ChainOutcome<T>(null, null, null, last ?? new TimeoutException("The call's deadline passed."));
                }

                var attempt = new Attempt(model, deployment, i > 0);
                try
                {
                    var timeout = remaining < attemptTimeout ? remaining : attemptTimeout;
                    var value = await resilience.ExecuteAsync(deployment.Id, timeout, ct => call(attempt, ct), cancellationToken);
                    return new ChainOutcome<T>(value, attempt, null, null);
                }
                catch (Exception e) when (DeploymentFailures.IsRejection(e))
                {
                    return new ChainOutcome<T>(null, attempt, e, null);
                }
                catch (Exception e) when (DeploymentFailures.IsDeploymentFailure(e) && !cancellationToken.IsCancellationRequested)
                {
                    if (DeploymentBalancer.IsThrottling(e))
                    {
                        balancer.Throttled(deployment, e);
                    }

                    logger.LogWarning("Deployment {Deployment} failed ({Reason}); trying the next", deployment.Id, Describe(e));
                    last = e;
                }
            }
        }

        return new ChainOutcome<T>(null, null, null, last);
    }

    private static string Describe(Exception e) =>
        e is System.ClientModel.ClientResultException c ? $"HTTP {c.Status}" : e.GetType().Name;
}
