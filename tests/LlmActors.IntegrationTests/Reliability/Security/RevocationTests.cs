namespace LlmActors.IntegrationTests.Reliability.Security;

/// <summary>A key revoked through one API host stops on the other with its very next request: no host caches keys.</summary>
[Collection(SecurityClusterCollection.Name)]
public sealed class RevocationTests(SecurityClusterFixture fixture)
{
    [Fact]
    public async Task A_key_revoked_through_one_API_host_is_refused_by_the_other_on_its_next_request()
    {
        using var admin = fixture.First.Client(ApiHandle.AdminKey);
        for (var i = 0; i < 10; i++)
        {
            var key = await fixture.First.CreateProjectKeyAsync($"revoke-{i}");
            // Used on both hosts first, so each has had every chance to remember it.
            Assert.Equal(HttpStatusCode.OK, await fixture.Second.UseKeyAsync(key));
            Assert.Equal(HttpStatusCode.OK, await fixture.First.UseKeyAsync(key));

            var revoked = await admin.DeleteAsync($"/admin/keys/{key[..17]}", TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, await fixture.Second.UseKeyAsync(key));
            Assert.Equal(HttpStatusCode.Unauthorized, await fixture.First.UseKeyAsync(key));
        }
    }
}
