using System.ClientModel;
using LlmActors.Grains.Translation;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LlmActors.Grains.Models;

/// <summary>Which failures are the deployment's fault (count against its breaker, try the next one).</summary>
public static class DeploymentFailures
{
    public static bool IsDeploymentFailure(Exception e) => e switch
    {
        TimeoutRejectedException or BrokenCircuitException or HttpRequestException or IOException => true,
        ClientResultException c => c.Status is 0 or 408 or 429 or >= 500,
        _ => false,
    };

    /// <summary>The provider judged the request itself invalid; another deployment would too.</summary>
    public static bool IsRejection(Exception e) =>
        e is ClientResultException { Status: >= 400 and < 500 and not 408 and not 429 } or TranslationException;
}
