using System.Text;
using System.Text.Json;

namespace LlmActors.Tests.Moderation;

[Collection(EmbeddedApiCollection.Name)]
public sealed class ModerationPolicyApiTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_project_without_a_policy_gets_the_documented_defaults()
    {
        using var admin = fixture.Factory.AdminClient();

        var policy = await admin.GetFromJsonAsync<JsonElement>("/admin/projects/mod-fresh/moderation", Ct);

        Assert.Equal(0.2, policy.GetProperty("allowBelow").GetDouble());
        Assert.Equal(0.8, policy.GetProperty("blockAbove").GetDouble());
        Assert.Equal("closed", policy.GetProperty("failMode").GetString());
    }

    [Fact]
    public async Task A_policy_put_is_the_policy_in_force_and_keeps_the_fail_mode_unless_given()
    {
        using var admin = fixture.Factory.AdminClient();

        var first = await admin.PutAsJsonAsync("/admin/projects/mod-put/moderation", new { allowBelow = 0.1, blockAbove = 0.9, failMode = "open" }, Ct);
        var second = await admin.PutAsJsonAsync("/admin/projects/mod-put/moderation", new { allowBelow = 0.3, blockAbove = 0.3 }, Ct);
        var read = await admin.GetFromJsonAsync<JsonElement>("/admin/projects/mod-put/moderation", Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answered = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((0.3, 0.3, "open"), (answered.GetProperty("allowBelow").GetDouble(), answered.GetProperty("blockAbove").GetDouble(), answered.GetProperty("failMode").GetString()));
        Assert.Equal(answered.ToString(), read.ToString());
    }

    [Theory]
    [InlineData("""{"blockAbove": 0.8}""", "allowBelow")]
    [InlineData("""{"allowBelow": 0.2}""", "blockAbove")]
    [InlineData("""{"allowBelow": -0.01, "blockAbove": 0.8}""", "allowBelow")]
    [InlineData("""{"allowBelow": 0.2, "blockAbove": 1.01}""", "blockAbove")]
    [InlineData("""{"allowBelow": "low", "blockAbove": 0.8}""", "allowBelow")]
    [InlineData("""{"allowBelow": 0.9, "blockAbove": 0.1}""", "allowBelow")]
    [InlineData("""{"allowBelow": 0.2, "blockAbove": 0.8, "failMode": "sometimes"}""", "failMode")]
    [InlineData("""{"allowBelow": 0.2, "blockAbove": 0.8, "strongAt": 0.5}""", "strongAt")]
    [InlineData("""{"allowBelow": 0.2, "blockAbove": 0.8, "failMode": "\udfff"}""", "failMode")]
    public async Task Bad_policies_get_a_400_naming_the_field_and_change_nothing(string body, string param)
    {
        using var admin = fixture.Factory.AdminClient();
        var before = await admin.GetStringAsync("/admin/projects/mod-bad/moderation", Ct);

        var response = await admin.PutAsync("/admin/projects/mod-bad/moderation", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.Equal(before, await admin.GetStringAsync("/admin/projects/mod-bad/moderation", Ct));
    }

    [Fact]
    public async Task Only_the_admin_key_sets_a_policy()
    {
        using var project = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-not-admin"));

        var response = await project.PutAsJsonAsync("/admin/projects/mod-not-admin/moderation", new { allowBelow = 0, blockAbove = 0 }, Ct);

        await OpenAiErrorAssert.IsError(response, HttpStatusCode.Forbidden);
    }
}
