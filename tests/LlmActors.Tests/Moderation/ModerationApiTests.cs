using System.ClientModel;
using System.Text.Json;
using OpenAI.Moderations;
using static LlmActors.Tests.Moderation.ModerationClient;

namespace LlmActors.Tests.Moderation;

[Collection(EmbeddedApiCollection.Name)]
public sealed class ModerationApiTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_openai_sdk_reads_our_moderation_answers()
    {
        var moderation = fixture.Factory.OpenAi(await fixture.Factory.CreateProjectKey("mod-sdk")).GetModerationClient("omni-moderation-latest");

        ClientResult<ModerationResult> one = await moderation.ClassifyTextAsync(Threat, Ct);
        ClientResult<ModerationResultCollection> many = await moderation.ClassifyTextAsync([Benign, Threat], Ct);

        Assert.True(one.Value.Flagged);
        Assert.True(one.Value.Violence.Flagged);
        Assert.InRange(one.Value.Violence.Score, 0.5f, 1f);
        var extension = JsonDocument.Parse(one.GetRawResponse().Content.ToString()).RootElement.GetProperty("results")[0].GetProperty("llmactors");
        Assert.Equal("block", extension.GetProperty("decision").GetString());
        Assert.Equal(2, many.Value.Count);
        Assert.False(many.Value[0].Flagged);
        Assert.False(many.Value[0].Violence.Flagged);
        Assert.True(many.Value[1].Flagged);
        Assert.Equal("omni-moderation-latest", many.Value.Model);
        Assert.StartsWith("modr-", many.Value.Id);
    }

    [Fact]
    public async Task An_array_gets_one_result_per_input_in_order_with_the_cascade_extension()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-array"));

        var results = await Moderate(client, Benign, Threat, Benign);

        Assert.Equal([false, true, false], results.Select(r => r.GetProperty("flagged").GetBoolean()));
        foreach (var result in results)
        {
            var extension = result.GetProperty("llmactors");
            Assert.Equal(result.GetProperty("flagged").GetBoolean() ? "block" : "allow", extension.GetProperty("decision").GetString());
            Assert.Equal("fast", extension.GetProperty("stage").GetString());
            Assert.InRange(extension.GetProperty("fastScore").GetDouble(), 0, 1);
            Assert.False(extension.TryGetProperty("strongScore", out _));
            Assert.False(extension.GetProperty("degraded").GetBoolean());
            Assert.True(extension.GetProperty("costUsd").GetDecimal() > 0);
            Assert.Equal(13, result.GetProperty("category_scores").EnumerateObject().Count());
        }
    }

    /// <summary>A score exactly equal to a threshold is escalated; a hair past it is decided by the fast model.</summary>
    [Fact]
    public async Task A_fast_score_exactly_at_a_threshold_goes_to_the_strong_model()
    {
        const string project = "mod-edge";
        const string text = "Should the death penalty be abolished? Give arguments for both sides.";
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project));
        var score = (await Extension(client, text)).GetProperty("fastScore").GetDouble();
        Assert.InRange(score, 0.001, 0.999);

        await SetPolicy(fixture.Factory, project, new { allowBelow = score, blockAbove = score });
        var atBoth = await Extension(client, text);
        await SetPolicy(fixture.Factory, project, new { allowBelow = score + 0.000001, blockAbove = 1.0 });
        var justBelowAllow = await Extension(client, text);
        await SetPolicy(fixture.Factory, project, new { allowBelow = 0.0, blockAbove = score - 0.000001 });
        var justAboveBlock = await Extension(client, text);

        Assert.Equal("strong", atBoth.GetProperty("stage").GetString());
        Assert.InRange(atBoth.GetProperty("strongScore").GetDouble(), 0, 1);
        Assert.Equal(("fast", "allow"), (justBelowAllow.GetProperty("stage").GetString(), justBelowAllow.GetProperty("decision").GetString()));
        Assert.Equal(("fast", "block"), (justAboveBlock.GetProperty("stage").GetString(), justAboveBlock.GetProperty("decision").GetString()));
    }

    [Fact]
    public async Task A_projects_policy_applies_to_that_project_only()
    {
        using var strict = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-strict"));
        using var other = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-default"));
        await SetPolicy(fixture.Factory, "mod-strict", new { allowBelow = 0.0, blockAbove = 1.0 });

        var escalated = await Extension(strict, Benign);
        var decidedFast = await Extension(other, Benign);

        Assert.Equal("strong", escalated.GetProperty("stage").GetString());
        Assert.Equal("allow", escalated.GetProperty("decision").GetString());
        Assert.Equal("fast", decidedFast.GetProperty("stage").GetString());
        Assert.True(escalated.GetProperty("costUsd").GetDecimal() > decidedFast.GetProperty("costUsd").GetDecimal());
    }

    [Theory]
    [InlineData("""{}""", "input")]
    [InlineData("""{"input": ""}""", "input")]
    [InlineData("""{"input": []}""", "input")]
    [InlineData("""{"input": 42}""", "input")]
    [InlineData("""{"input": ["ok", 1]}""", "input")]
    [InlineData("""{"input": ["ok", ""]}""", "input[1]")]
    [InlineData("""{"input": [{"type": "image_url", "image_url": {"url": "http://x"}}]}""", "input[0].type")]
    [InlineData("""{"input": "hi", "model": "gpt-4o"}""", "model")]
    [InlineData("""{"input": "hi", "model": 7}""", "model")]
    [InlineData("""{"input": "hi", "temperature": 1}""", "temperature")]
    [InlineData("""{"input": "a lone \ud800 surrogate"}""", "input")]
    [InlineData("""{"input": ["ok", "\udc00"]}""", "input[1]")]
    public async Task Bad_moderation_requests_get_a_400_naming_the_field(string body, string param)
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-validation"));

        var response = await client.PostAsync("/v1/moderations", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Too_many_or_too_long_inputs_are_refused()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-limits"));

        var tooMany = await client.PostAsJsonAsync("/v1/moderations", new { input = Enumerable.Repeat("hi", 257).ToArray() }, Ct);
        var tooLong = await client.PostAsJsonAsync("/v1/moderations", new { input = new string('a', 20_001) }, Ct);

        Assert.Equal("input", (await OpenAiErrorAssert.IsError(tooMany, HttpStatusCode.BadRequest)).GetProperty("param").GetString());
        Assert.Equal("input", (await OpenAiErrorAssert.IsError(tooLong, HttpStatusCode.BadRequest)).GetProperty("param").GetString());
    }
}
