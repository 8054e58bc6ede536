using System.Text.Json;
using LlmActors.ModelSim.Moderation;

namespace LlmActors.Tests.ModelSim;

[Collection(SimulatorCollection.Name)]
public sealed class ModerationTests(SimulatorHost host)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_sdk_moderation_client_reads_a_flagged_threat_and_a_clean_question()
    {
        var client = host.Moderation("sim-mod-strong");

        var threat = (await client.ClassifyTextAsync("I will kill you tomorrow", Token)).Value;
        var clean = (await client.ClassifyTextAsync("What time does the library open?", Token)).Value;

        Assert.True(threat.Flagged);
        Assert.True(threat.Violence.Flagged);
        Assert.InRange(threat.Violence.Score, 0.8f, 1f);
        Assert.False(clean.Flagged);
        Assert.InRange(clean.Violence.Score, 0f, 0.2f);
    }

    [Fact]
    public async Task Array_input_gets_one_result_per_text_in_order()
    {
        var results = (await host.Moderation("sim-mod-fast").ClassifyTextAsync(["I want to kill myself", "Nice weather today", "我要杀了你"], Token)).Value;

        Assert.Equal(3, results.Count);
        Assert.True(results[0].SelfHarm.Flagged);
        Assert.False(results[1].Flagged);
        Assert.True(results[2].Violence.Flagged);
    }

    [Fact]
    public async Task A_moderation_model_asked_through_chat_answers_the_same_score_as_json()
    {
        // The gateway may use a moderation model as a chat JSON scorer (per catalog entry); both routes must agree.
        const string text = "I know where you live and I will hurt you";
        var endpoint = (await Scores("sim-mod-strong", [text]))[0];
        var completion = (await host.Chat("sim-mod-strong").CompleteChatAsync(
            [new OpenAI.Chat.SystemChatMessage("You are a content moderation classifier."), new OpenAI.Chat.UserChatMessage(text)],
            new OpenAI.Chat.ChatCompletionOptions { ResponseFormat = OpenAI.Chat.ChatResponseFormat.CreateJsonObjectFormat(), MaxOutputTokenCount = 32 },
            Token)).Value;

        using var json = JsonDocument.Parse(completion.Content[0].Text);
        Assert.Equal(endpoint, json.RootElement.GetProperty("score").GetDouble(), 6);
        Assert.True(json.RootElement.GetProperty("flagged").GetBoolean());
        Assert.Equal(OpenAI.Chat.ChatFinishReason.Stop, completion.FinishReason);
    }

    [Fact]
    public async Task The_fast_model_is_noisier_than_the_strong_one_and_both_keep_clear_cases_far_from_the_middle()
    {
        var samples = ModerationSamples.All();
        var fast = await Scores("sim-mod-fast", samples.Select(s => s.Text).ToArray());
        var strong = await Scores("sim-mod-strong", samples.Select(s => s.Text).ToArray());
        var truth = samples.Select(s => RiskAnalyzer.Analyze(s.Text).Overall).ToArray();

        double AgreementWithTruth(double[] scores) => scores.Where((s, i) => s >= 0.5 == truth[i] >= 0.5).Count() / (double)scores.Length;
        double LabelAccuracy(double[] scores) => samples.Select((s, i) => (s.Kind, Score: scores[i]))
            .Where(x => x.Kind != ModerationSamples.Kind.Borderline)
            .Average(x => x.Score >= 0.5 == (x.Kind == ModerationSamples.Kind.Violating) ? 1.0 : 0.0);
        double ClearFarFromMiddle(double[] scores) => samples.Select((s, i) => (s.Kind, Score: scores[i]))
            .Where(x => x.Kind != ModerationSamples.Kind.Borderline)
            .Average(x => x.Score is < 0.2 or > 0.8 ? 1.0 : 0.0);
        double MeanDistanceFromTruth(double[] scores) => scores.Select((s, i) => Math.Abs(s - truth[i])).Average();

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{samples.Count} samples");
        output?.WriteLine($"fast:   agreement with truth {AgreementWithTruth(fast):P1}, label accuracy (clear) {LabelAccuracy(fast):P1}, clear far from middle {ClearFarFromMiddle(fast):P1}, mean |score-truth| {MeanDistanceFromTruth(fast):F3}");
        output?.WriteLine($"strong: agreement with truth {AgreementWithTruth(strong):P1}, label accuracy (clear) {LabelAccuracy(strong):P1}, clear far from middle {ClearFarFromMiddle(strong):P1}, mean |score-truth| {MeanDistanceFromTruth(strong):F3}");

        Assert.InRange(samples.Count, 200, 1000);
        Assert.True(MeanDistanceFromTruth(fast) > 1.5 * MeanDistanceFromTruth(strong));
        Assert.True(AgreementWithTruth(strong) > AgreementWithTruth(fast));
        Assert.True(AgreementWithTruth(strong) >= 0.95);
        Assert.True(LabelAccuracy(strong) >= 0.95);
        Assert.True(LabelAccuracy(fast) >= 0.9);
        Assert.True(ClearFarFromMiddle(fast) >= 0.85);
        Assert.True(ClearFarFromMiddle(strong) >= 0.9);
    }

    private async Task<double[]> Scores(string model, string[] inputs)
    {
        using var client = host.Http();
        var response = await client.PostAsJsonAsync("/sim/v1/moderations", new { model, input = inputs }, Token);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        return body.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("category_scores").EnumerateObject().Max(c => c.Value.GetDouble()))
            .ToArray();
    }
}
