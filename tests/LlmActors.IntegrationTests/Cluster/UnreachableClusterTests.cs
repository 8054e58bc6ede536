namespace LlmActors.IntegrationTests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class UnreachableClusterTests(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_api_host_started_before_any_silo_answers_503_in_the_OpenAI_shape_then_serves_once_one_joins()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await using var cluster = new TestCluster(db);
        var api = cluster.StartApi();
        await api.WaitListeningAsync();
        using var admin = api.Client(ApiHandle.AdminKey);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/healthz", Ct)).StatusCode);
        await OpenAiErrorAssert.IsError(await admin.GetAsync("/readyz", Ct), HttpStatusCode.ServiceUnavailable);
        var error = await OpenAiErrorAssert.IsError(await admin.PostAsync("/admin/projects/acme/keys", null, Ct), HttpStatusCode.ServiceUnavailable);
        Assert.Equal("cluster_unavailable", error.GetProperty("code").GetString());

        await cluster.StartReadySiloAsync();
        await api.WaitReadyAsync();
        Assert.StartsWith("llma_", await api.CreateProjectKeyAsync("acme"));
    }

    [Fact]
    public async Task When_its_only_silo_is_killed_the_api_answers_503_within_its_retry_bound_never_500()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await using var cluster = new TestCluster(db);
        var silo = await cluster.StartReadySiloAsync();
        var api = await cluster.StartReadyApiAsync();
        await api.CreateProjectKeyAsync("acme");

        await silo.KillAsync();
        using var admin = api.Client(ApiHandle.AdminKey);
        var started = TimeProvider.System.GetTimestamp();
        var response = await admin.PostAsync("/admin/projects/acme/keys", null, Ct);
        var elapsed = TimeProvider.System.GetElapsedTime(started);

        await OpenAiErrorAssert.IsError(response, HttpStatusCode.ServiceUnavailable);
        // Orleans:GatewayRetry:MaxWait is 5 s; the answer comes after that, not after a client-side timeout.
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"503 took {elapsed.TotalSeconds:0.0} s");
    }
}
