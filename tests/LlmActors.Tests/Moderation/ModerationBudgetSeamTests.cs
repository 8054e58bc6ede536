using LlmActors.Chat;
using LlmActors.Grains.Budgets;
using LlmActors.Grains.Models;
using LlmActors.Grains.Moderation;
using LlmActors.Grains.Spend;
using LlmActors.Moderation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Tests.Moderation;

/// <summary>
/// The cascade and the evaluation at the budget seam, with no provider reachable: a refusal must come before any
/// model call (a call would fail, as no endpoint is configured) and charge nothing.
/// </summary>
public sealed class ModerationBudgetSeamTests : IDisposable
{
    private static readonly ModerationPolicy Policy = new(0.2, 0.8, FailMode.Closed);
    private readonly RefusingBudgetGate _gate = new();
    private readonly RecordingSpendLog _spend = new();
    private readonly ServiceProvider _services;

    public ModerationBudgetSeamTests()
    {
        var configuration = new ConfigurationBuilder().Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddMetrics()
            .AddSingleton(TimeProvider.System)
            .AddModels(configuration)
            .AddModeration(configuration)
            .AddSingleton<IBudgetGate>(_gate)
            .AddSingleton<ISpendLog>(_spend)
            .BuildServiceProvider();
    }

    [Fact]
    public async Task A_refused_moderation_calls_no_model_and_says_when_to_retry()
    {
        var cascade = _services.GetRequiredService<ModerationCascade>();

        var response = await cascade.ModerateAsync(new ModerationRequest("p", "r1", ["hello", "something longer to score"]), Policy, CancellationToken.None);

        Assert.Equal(CallStatus.BudgetExceeded, response.Error?.Status);
        Assert.Equal(RefusingBudgetGate.ResetsIn, response.Error!.RetryAfter);
        Assert.Null(response.Verdicts);
        Assert.Equal(0, _gate.Commits);
        Assert.Empty(_spend.Records);
        // The reservation covers the worst case: both inputs through both models.
        var (tokens, cost) = Assert.Single(_gate.Reservations);
        var strongAlone = _services.GetRequiredService<ModerationScorer>().Estimate(
            _services.GetRequiredService<IModelCatalog>().Find("sim-mod-strong")!, ["hello", "something longer to score"]);
        Assert.True(cost > strongAlone.CostUsd);
        Assert.True(tokens > strongAlone.Tokens);
    }

    [Fact]
    public async Task A_refused_evaluation_calls_no_model()
    {
        var evaluator = _services.GetRequiredService<ModerationEvaluator>();

        var report = await evaluator.EvaluateAsync(
            new EvaluationRequest("p", "r2", [new LabelledItem("hello", false)], null, null, null), Policy, CancellationToken.None);

        Assert.Equal(CallStatus.BudgetExceeded, report.Error?.Status);
        Assert.Equal(0, _gate.Commits);
    }

    public void Dispose() => _services.Dispose();
}
