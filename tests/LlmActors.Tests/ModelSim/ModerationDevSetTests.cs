using System.Text.Json;
using LlmActors.ModelSim.Moderation;

namespace LlmActors.Tests.ModelSim;

/// <summary>
/// The simulator's hidden moderation truth against its own development set (tests/data/moderation-dev.jsonl,
/// written for the simulator and kept apart from the labelled set the gateway is measured on): the truth should
/// agree with the labels, and sit far from the middle on clear items and nearer it on borderline ones.
/// </summary>
public sealed class ModerationDevSetTests
{
    private static readonly IReadOnlyList<(string Lang, string Kind, bool Flagged, double Truth)> Items = Load();

    [Fact]
    public void The_truth_agrees_with_the_dev_set_labels()
    {
        double Agreement(IEnumerable<(string Lang, string Kind, bool Flagged, double Truth)> items) =>
            items.Average(i => i.Truth >= 0.5 == i.Flagged ? 1.0 : 0.0);

        var falseBlocks = Items.Where(i => !i.Flagged).Average(i => i.Truth >= 0.5 ? 1.0 : 0.0);
        var misses = Items.Where(i => i.Flagged).Average(i => i.Truth >= 0.5 ? 0.0 : 1.0);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Items.Count} items: agreement {Agreement(Items):P1}, false blocks {falseBlocks:P1}, misses {misses:P1}");

        Assert.InRange(Items.Count, 250, 400);
        Assert.True(Agreement(Items) >= 0.95);
        Assert.True(Agreement(Items.Where(i => i.Lang == "en")) >= 0.93);
        Assert.True(Agreement(Items.Where(i => i.Lang == "zh")) >= 0.93);
        Assert.True(falseBlocks <= 0.03);
        Assert.True(misses <= 0.05);
    }

    [Fact]
    public void Clear_items_sit_far_from_the_middle_and_borderline_ones_nearer()
    {
        var clear = Items.Where(i => i.Kind != "borderline").ToArray();
        var borderline = Items.Where(i => i.Kind == "borderline").ToArray();

        // The fast model (noise 0.9 in log-odds) decides a truth past 0.1 / 0.9 on its own most of the time.
        Assert.True(clear.Average(i => i.Truth is <= 0.1 or >= 0.9 ? 1.0 : 0.0) >= 0.7);
        Assert.True(borderline.Average(i => Math.Abs(i.Truth - 0.5)) < clear.Average(i => Math.Abs(i.Truth - 0.5)));
    }

    private static List<(string, string, bool, double)> Load() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "ModelSim", "moderation-dev.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(row => (
                row.GetProperty("lang").GetString()!,
                row.GetProperty("kind").GetString()!,
                row.GetProperty("flagged").GetBoolean(),
                RiskAnalyzer.Analyze(row.GetProperty("input").GetString()!).Overall))];
}
