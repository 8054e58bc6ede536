using System.Data.Common;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace LlmActors.Api.Hosting;

/// <summary>Recognises exceptions that mean "the cluster (or its database) cannot be reached right now".</summary>
public static class ClusterFailures
{
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SiloUnavailableException or ConnectionFailedException or OrleansMessageRejectionException
                or ClientNotAvailableException or DbException or TimeoutException
                || e.GetType().Name.Contains("Npgsql", StringComparison.Ordinal))
            {
                return true;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsUnavailable))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Failures where the message never reached a silo, so a retry cannot duplicate work.</summary>
    public static bool IsNoGateway(Exception exception) =>
        exception is ConnectionFailedException or SiloUnavailableException
        || (exception is OrleansMessageRejectionException && exception.Message.Contains("gateway", StringComparison.OrdinalIgnoreCase));
}
