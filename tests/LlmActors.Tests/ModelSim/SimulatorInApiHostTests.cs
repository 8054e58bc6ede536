namespace LlmActors.Tests.ModelSim;

/// <summary>The embedded API maps the simulator at /sim, its fault route behind the API's admin key.</summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class SimulatorInApiHostTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_api_host_serves_the_simulator_at_sim_v1()
    {
        using var client = fixture.Factory.Client();
        var response = await client.PostAsJsonAsync("/sim/v1/chat/completions",
            new { model = "sim-small", messages = new[] { new { role = "user", content = "hello" } } }, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("[sim-small]", await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task The_fault_route_takes_only_the_api_admin_key()
    {
        using var anonymous = fixture.Factory.Client();
        await OpenAiErrorAssert.IsError(
            await anonymous.PutAsJsonAsync("/sim/models/sim-medium/fault", new { mode = "down" }, Token), HttpStatusCode.Unauthorized);

        using var admin = fixture.Factory.AdminClient();
        var response = await admin.GetAsync("/sim/models/sim-medium/fault", Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
