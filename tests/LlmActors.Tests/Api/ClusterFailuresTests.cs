using LlmActors.Api.Hosting;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace LlmActors.Tests.Api;

/// <summary>Which Orleans failures the API retries: only those where the call provably never ran.</summary>
public sealed class ClusterFailuresTests
{
    [Theory]
    [InlineData("No gateways available")]
    [InlineData("Exception while sending message: Orleans.Runtime.Messaging.ConnectionFailedException: Unable to connect to S127.0.0.1:11111:1")]
    [InlineData("Target silo is known to be dead")]
    [InlineData("Silo S127.0.0.1:11111:1 is rejecting message: Request. Reason = Shutting down")]
    public void Rejections_raised_before_delivery_are_retried(string reason) =>
        Assert.True(ClusterFailures.IsNoGateway(Rejection(reason)));

    [Fact]
    public void A_failed_connection_is_retried() =>
        Assert.True(ClusterFailures.IsNoGateway(new ConnectionFailedException("Unable to connect to any of the 2 available gateways.")));

    [Fact]
    public void A_silo_that_died_with_the_call_in_flight_is_not_retried_but_answers_503()
    {
        var inFlight = new SiloUnavailableException("The target silo became unavailable for message");
        Assert.False(ClusterFailures.IsNoGateway(inFlight));
        Assert.True(ClusterFailures.IsUnavailable(inFlight));
    }

    // Orleans raises rejections itself; its constructor is internal.
    private static OrleansMessageRejectionException Rejection(string reason) =>
        (OrleansMessageRejectionException)Activator.CreateInstance(typeof(OrleansMessageRejectionException),
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null, [reason], null)!;
}
