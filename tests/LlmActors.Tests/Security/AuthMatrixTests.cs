using LlmActors.Tests.Reliability;
using LlmActors.Tests.Reliability.Routes;

namespace LlmActors.Tests.Security;

/// <summary>
/// Every route that takes a key, with every kind of key: admin routes take only the admin key (401 without one,
/// 403 for a project key), project routes only a live project key (403 for the admin key, 401 once revoked), and
/// the simulator's fault route only the admin key. The right key is sent last and must be accepted.
/// </summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class AuthMatrixTests(EmbeddedApiFixture fixture)
{
    public static TheoryData<string> Routes => [.. ApiRoutes.All.Where(r => r.Auth != RouteAuth.None).Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_route_answers_only_the_key_it_takes(string name)
    {
        var route = ApiRoutes.Named(name);
        var factory = fixture.Factory;
        var project = "auth-" + name;
        var key = await factory.CreateProjectKey(project);
        var revoked = await factory.CreateProjectKey(project);
        using var admin = factory.AdminClient();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/admin/keys/{revoked[..17]}", TestContext.Current.CancellationToken)).StatusCode);
        var values = new RouteValues(project, (await factory.CreateProjectKey(project))[..17]);
        if (!RouteMap.Of(factory.Services).Serves(route))
        {
            using var client = factory.Client(key);
            var pending = await RouteRequests.SendValidAsync(client, route, values, TestContext.Current.CancellationToken);
            await OpenAiErrorAssert.IsError(pending, HttpStatusCode.NotFound);
            Figures.Record("auth", $"route={name} pending (not mapped yet)");
            return;
        }

        using (var owner = factory.Client(key))
        {
            values = await RouteRequests.SeedAsync(owner, route, values, TestContext.Current.CancellationToken);
        }

        var variants = Variants(route.Auth, key, revoked);
        foreach (var variant in variants)
        {
            using var client = factory.Client(variant.Key);
            var response = await RouteRequests.SendValidAsync(client, route, values, TestContext.Current.CancellationToken);
            if (variant.Expected == HttpStatusCode.OK)
            {
                var accepted = route.ValidRefusal is { } refusal ? (int)response.StatusCode == refusal : response.IsSuccessStatusCode;
                Assert.True(accepted, $"{name} refused {variant.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
            }
            else if (route.Errors == ErrorShapeKind.Anthropic)
            {
                await AnthropicErrorAssert.IsError(response, variant.Expected);
            }
            else
            {
                await OpenAiErrorAssert.IsError(response, variant.Expected);
            }
        }

        Figures.Record("auth", $"route={name} checks={variants.Count}");
    }

    private static List<KeyVariant> Variants(RouteAuth auth, string projectKey, string revokedKey)
    {
        var admin = EmbeddedApiFactory.AdminKey;
        List<KeyVariant> common =
        [
            new("no key", null, HttpStatusCode.Unauthorized),
            new("garbage", "not-a-key", HttpStatusCode.Unauthorized),
            new("unknown key", "llma_abcdefghijkm_unknownsecretunknownsecretunknownsecret12", HttpStatusCode.Unauthorized),
            new("right prefix, wrong secret", projectKey[..18] + new string('x', 43), HttpStatusCode.Unauthorized),
            new("admin key with a character more", admin + "x", HttpStatusCode.Unauthorized),
        ];
        return auth switch
        {
            RouteAuth.Admin => [.. common, new("revoked key", revokedKey, HttpStatusCode.Unauthorized), new("project key", projectKey, HttpStatusCode.Forbidden), new("admin key", admin, HttpStatusCode.OK)],
            RouteAuth.Project => [.. common, new("revoked key", revokedKey, HttpStatusCode.Unauthorized), new("admin key", admin, HttpStatusCode.Forbidden), new("project key", projectKey, HttpStatusCode.OK)],
            // The simulator knows only the admin key: a project key is just another wrong key there.
            _ => [.. common, new("project key", projectKey, HttpStatusCode.Unauthorized), new("admin key", admin, HttpStatusCode.OK)],
        };
    }
}
