namespace LlmActors.Api.Hosting;

/// <summary>
/// Whether this API host's Orleans client has reached the cluster yet. Before that the client has no cluster
/// manifest, so a grain call fails with an error that says nothing about the cluster; those are answered 503.
/// </summary>
public sealed class ClusterClientConnection : ILifecycleParticipant<IClusterClientLifecycle>
{
    private volatile bool _connected;

    public bool HasConnected => _connected;

    public void Participate(IClusterClientLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ClusterClientConnection), ServiceLifecycleStage.Active, _ =>
        {
            _connected = true;
            return Task.CompletedTask;
        });
}
