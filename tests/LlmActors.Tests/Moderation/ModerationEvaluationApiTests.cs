using System.Text;
using System.Text.Json;
using static LlmActors.Tests.Moderation.ModerationClient;

namespace LlmActors.Tests.Moderation;

[Collection(EmbeddedApiCollection.Name)]
public sealed class ModerationEvaluationApiTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Checked by hand: two harmless texts and a plain threat, all clear cases the fast model decides, plus a
    /// harmless text labelled harmful on purpose, which every way of deciding allows — one miss out of two
    /// harmful labels, no false block, 3 of 4 right.
    /// </summary>
    private static readonly object[] Items =
    [
        new { input = Benign, flagged = false },
        new { input = "Can you recommend a good book about the history of tea?", flagged = false },
        new { input = Threat, flagged = true },
        new { input = "Please send me the invoice for last month.", flagged = true, id = "mislabelled" },
    ];

    [Fact]
    public async Task Evaluation_reports_the_three_ways_of_deciding_on_a_hand_checked_set()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-eval"));

        var report = await Evaluate(client, new { items = Items });

        foreach (var name in new[] { "fastOnly", "strongOnly", "cascade" })
        {
            var m = report.GetProperty(name);
            Assert.Equal(0.75, m.GetProperty("accuracy").GetDouble(), 9);
            Assert.Equal(0, m.GetProperty("falseBlockRate").GetDouble());
            Assert.Equal(0.5, m.GetProperty("missRate").GetDouble(), 9);
        }

        var (fast, strong, cascade) = (report.GetProperty("fastOnly"), report.GetProperty("strongOnly"), report.GetProperty("cascade"));
        Assert.Equal(0, cascade.GetProperty("strongShare").GetDouble());
        Assert.Equal(1, strong.GetProperty("strongShare").GetDouble());
        Assert.Equal(fast.GetProperty("costUsd").GetDecimal(), cascade.GetProperty("costUsd").GetDecimal());
        Assert.True(strong.GetProperty("costUsd").GetDecimal() > 10 * cascade.GetProperty("costUsd").GetDecimal());
        // Each model scored each item once: the run was charged exactly fast-only plus strong-only.
        Assert.Equal(fast.GetProperty("costUsd").GetDecimal() + strong.GetProperty("costUsd").GetDecimal(), report.GetProperty("chargedUsd").GetDecimal());
        var mistake = Assert.Single(report.GetProperty("mistakes").EnumerateArray());
        Assert.Equal((3, "mislabelled", "fast"), (mistake.GetProperty("index").GetInt32(), mistake.GetProperty("id").GetString(), mistake.GetProperty("stage").GetString()));
        Assert.Equal(0, report.GetProperty("unscored").GetProperty("strong").GetInt32());
    }

    [Fact]
    public async Task Thresholds_zero_and_one_make_the_cascade_the_strong_model_plus_the_fast_one()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-eval-all-strong"));

        var report = await Evaluate(client, new { items = Items, allowBelow = 0, blockAbove = 1 });

        var (fast, strong, cascade) = (report.GetProperty("fastOnly"), report.GetProperty("strongOnly"), report.GetProperty("cascade"));
        Assert.Equal(1, cascade.GetProperty("strongShare").GetDouble());
        Assert.Equal(strong.GetProperty("accuracy").GetDouble(), cascade.GetProperty("accuracy").GetDouble());
        Assert.Equal(fast.GetProperty("costUsd").GetDecimal() + strong.GetProperty("costUsd").GetDecimal(), cascade.GetProperty("costUsd").GetDecimal());
        Assert.Equal((0.0, 1.0), (report.GetProperty("policy").GetProperty("allowBelow").GetDouble(), report.GetProperty("policy").GetProperty("blockAbove").GetDouble()));
    }

    [Fact]
    public async Task The_sweep_suggests_thresholds_within_the_false_block_target()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-eval-sweep"));

        var sweep = (await Evaluate(client, new { items = Items, targetFalseBlockRate = 0 })).GetProperty("sweep");

        Assert.Equal(0, sweep.GetProperty("targetFalseBlockRate").GetDouble());
        var suggested = sweep.GetProperty("suggested");
        var frontier = sweep.GetProperty("frontier").EnumerateArray().ToArray();
        Assert.Equal(0, suggested.GetProperty("metrics").GetProperty("falseBlockRate").GetDouble());
        Assert.All(frontier, c => Assert.Equal(0, c.GetProperty("metrics").GetProperty("falseBlockRate").GetDouble()));
        // At least as accurate as the cascade with the default thresholds, and within half a point of the best pair.
        Assert.True(suggested.GetProperty("metrics").GetProperty("accuracy").GetDouble() >= 0.75);
        Assert.True(suggested.GetProperty("metrics").GetProperty("accuracy").GetDouble() >= frontier[^1].GetProperty("metrics").GetProperty("accuracy").GetDouble() - 0.005);
        Assert.True(suggested.GetProperty("allowBelow").GetDouble() <= suggested.GetProperty("blockAbove").GetDouble());
    }

    [Theory]
    [InlineData("""{}""", "items")]
    [InlineData("""{"items": []}""", "items")]
    [InlineData("""{"items": [{"input": "hi"}]}""", "items[0].flagged")]
    [InlineData("""{"items": [{"input": "hi", "flagged": "yes"}]}""", "items[0].flagged")]
    [InlineData("""{"items": [{"input": "hi", "flagged": true}, {"flagged": true}]}""", "items[1].input")]
    [InlineData("""{"items": [{"input": "hi", "flagged": true, "label": "x"}]}""", "items[0].label")]
    [InlineData("""{"items": [{"input": "hi", "flagged": true}], "allowBelow": 2}""", "allowBelow")]
    [InlineData("""{"items": [{"input": "hi", "flagged": true}], "allowBelow": 0.7, "blockAbove": 0.6}""", "allowBelow")]
    [InlineData("""{"items": [{"input": "hi", "flagged": true}], "blockAbove": 0.1}""", "allowBelow")]
    [InlineData("""{"items": [{"input": "hi", "flagged": true}], "targetFalseBlockRate": -1}""", "targetFalseBlockRate")]
    [InlineData("""{"items": [{"input": "\ud800", "flagged": true}]}""", "items[0].input")]
    public async Task Bad_evaluation_requests_get_a_400_naming_the_field(string body, string param)
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-eval-validation"));

        var response = await client.PostAsync("/v1/moderations/evaluate", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Evaluation_sets_and_inputs_are_bounded()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("mod-eval-limits"));

        var tooMany = await client.PostAsJsonAsync("/v1/moderations/evaluate",
            new { items = Enumerable.Repeat(new { input = "hi", flagged = false }, 1001).ToArray() }, Ct);
        var tooLong = await client.PostAsJsonAsync("/v1/moderations/evaluate",
            new { items = new[] { new { input = new string('a', 4001), flagged = false } } }, Ct);

        Assert.Equal("items", (await OpenAiErrorAssert.IsError(tooMany, HttpStatusCode.BadRequest)).GetProperty("param").GetString());
        Assert.Equal("items[0].input", (await OpenAiErrorAssert.IsError(tooLong, HttpStatusCode.BadRequest)).GetProperty("param").GetString());
    }

    private static async Task<JsonElement> Evaluate(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/v1/moderations/evaluate", body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"evaluate answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
