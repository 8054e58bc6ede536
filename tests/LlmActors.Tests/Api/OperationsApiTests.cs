namespace LlmActors.Tests.Api;

[Collection(EmbeddedApiCollection.Name)]
public sealed class OperationsApiTests(EmbeddedApiFixture fixture)
{
    private readonly HttpClient _client = fixture.Factory.Client();

    [Fact]
    public async Task Healthz_answers_up()
    {
        var response = await _client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_reports_the_embedded_silo_active()
    {
        var ready = await _client.GetFromJsonAsync<ReadyBody>("/readyz", TestContext.Current.CancellationToken);
        Assert.Equal("ready", ready!.Status);
        Assert.Equal(1, ready.ActiveSilos);
    }

    [Fact]
    public async Task Unknown_route_gets_a_404_in_the_openai_error_shape()
    {
        var response = await _client.GetAsync("/v1/no-such-thing", TestContext.Current.CancellationToken);
        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.NotFound);
        Assert.Equal("unknown_url", error.GetProperty("code").GetString());
    }

    private sealed record ReadyBody(string Status, int ActiveSilos);
}
