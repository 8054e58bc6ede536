namespace LlmActors.IntegrationTests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL per collection; each test takes its own database. The collections run one after
/// another (xunit.runner.json): silo failure detection is tuned to about a second, and several clusters
/// competing for two cores would make both the timings and the verdicts noisy.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("PostgreSQL not started.");

    public async ValueTask InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
