namespace LlmActors.Tests.Security.Isolation;

/// <summary>Keys: A's key creates and revokes nothing of B's.</summary>
public static class KeyIsolation
{
    public static IEnumerable<IsolationCase> Cases =>
    [
        new("A's key cannot create a key for B", ["admin-create-key"], async t =>
            await OpenAiErrorAssert.IsError(await t.A.PostAsync($"/admin/projects/{t.ProjectB}/keys", null, Tenants.Ct), HttpStatusCode.Forbidden)),
        new("A's key cannot revoke B's key", ["admin-revoke-key", "models"], async t =>
        {
            await OpenAiErrorAssert.IsError(await t.A.DeleteAsync($"/admin/keys/{t.KeyB[..17]}", Tenants.Ct), HttpStatusCode.Forbidden);
            Assert.Equal(HttpStatusCode.OK, (await t.B.GetAsync("/v1/models", Tenants.Ct)).StatusCode);
        }),
    ];
}
