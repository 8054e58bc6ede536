using System.Text.Json;

namespace LlmActors.Tests.Api;

[Collection(EmbeddedApiCollection.Name)]
public sealed class KeysApiTests(EmbeddedApiFixture fixture)
{
    private readonly HttpClient _admin = fixture.Factory.AdminClient();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Creating_a_key_shows_it_once_with_its_prefix()
    {
        var response = await _admin.PostAsync("/admin/projects/acme/keys", null, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var key = body.RootElement.GetProperty("key").GetString()!;
        Assert.Equal("acme", body.RootElement.GetProperty("projectId").GetString());
        Assert.StartsWith("llma_", key);
        Assert.StartsWith(body.RootElement.GetProperty("keyPrefix").GetString()!, key);
    }

    [Fact]
    public async Task Admin_routes_refuse_missing_unknown_and_project_keys()
    {
        var projectKey = await fixture.Factory.CreateProjectKey("acme");

        var none = await fixture.Factory.Client().PostAsync("/admin/projects/acme/keys", null, Ct);
        await OpenAiErrorAssert.IsError(none, HttpStatusCode.Unauthorized);

        var unknown = await fixture.Factory.Client("llma_abcdefghijkm_not-a-real-secret").PostAsync("/admin/projects/acme/keys", null, Ct);
        await OpenAiErrorAssert.IsError(unknown, HttpStatusCode.Unauthorized);

        var wrongKind = await fixture.Factory.Client(projectKey).PostAsync("/admin/projects/acme/keys", null, Ct);
        await OpenAiErrorAssert.IsError(wrongKind, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var projectKey = await fixture.Factory.CreateProjectKey("acme");
        var prefix = projectKey[..17];
        var client = fixture.Factory.Client(projectKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/admin/projects/acme/keys", null, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/admin/keys/{prefix}", Ct)).StatusCode);

        // Known-but-revoked now reads as unknown: 401, not 403.
        await OpenAiErrorAssert.IsError(await client.PostAsync("/admin/projects/acme/keys", null, Ct), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("not-a-prefix", HttpStatusCode.BadRequest)]
    [InlineData("llma_zzzzzzzzzzzz", HttpStatusCode.NotFound)]
    public async Task Revoking_a_bad_or_unknown_prefix_is_a_clear_4xx(string prefix, HttpStatusCode expected)
    {
        await OpenAiErrorAssert.IsError(await _admin.DeleteAsync($"/admin/keys/{prefix}", Ct), expected);
    }

    [Fact]
    public async Task A_bad_project_id_is_refused_with_param()
    {
        var error = await OpenAiErrorAssert.IsError(await _admin.PostAsync("/admin/projects/bad%20id/keys", null, Ct), HttpStatusCode.BadRequest);
        Assert.Equal("projectId", error.GetProperty("param").GetString());
    }
}
