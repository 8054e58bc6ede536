using System.Data.Common;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace LlmActors.Api.Hosting;

/// <summary>Recognises exceptions that mean "the cluster (or its database) cannot be reached right now".</summary>
public static class ClusterFailures
{
    // Orleans reports these only as rejection text, each raised before the target ran anything: the client found no
    // gateway or could not send to it; a gateway could not connect to the silo it forwards to (killed, not yet
    // declared dead) or knows it is dead; a stopping silo turned the message away.
    private static readonly string[] UndeliveredReasons =
    [
        "No gateways available", "Unable to send message", "Exception while sending message", "is unavailable",
        "known to be dead", "is rejecting message",
    ];

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

    /// <summary>
    /// Failures where the message was never handed to the silo that would run it (no gateway, or the gateway could not
    /// connect to a silo that just died), so a retry cannot duplicate work. A <see cref="SiloUnavailableException"/> is
    /// not one of them: the silo may have run the call before it went away.
    /// </summary>
    public static bool IsNoGateway(Exception exception) =>
        exception is ConnectionFailedException
        || (exception is OrleansMessageRejectionException && UndeliveredReasons.Any(r => exception.Message.Contains(r, StringComparison.OrdinalIgnoreCase)));
}
