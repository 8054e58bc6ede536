using System.Text.Json;
using LlmActors.Moderation;
using OpenAI.Chat;

namespace LlmActors.Grains.Models;

/// <summary>
/// Turns a moderation model into risk scores in [0, 1], following its fallback chain. Per catalog entry the
/// score comes from the provider's moderation endpoint (risk = the highest category score; many inputs per
/// call) or from a chat model asked for <c>{"score"}</c> in JSON mode (one input per call). Budgets are the
/// caller's business: a cascade reserves once for the whole request, so this only records what each call used,
/// as it ends, in the caller's <see cref="CallLog"/>.
/// </summary>
public sealed class ModerationScorer(
    IModelCatalog catalog,
    ProviderClients clients,
    ModelResilience resilience,
    TokenCounter tokens,
    TimeProvider clock,
    ILogger<ModerationScorer> logger)
{
    /// <summary>
    /// Scores every input. <paramref name="batched"/> lets an endpoint model take all inputs in one call (the
    /// live path); unbatched, each input gets its own call so its latency is its own (the evaluation).
    /// </summary>
    public async Task<ScoredBatch> ScoreAsync(
        ModelDefinition model, IReadOnlyList<string> inputs, bool batched, int parallelism, CallLog log, CancellationToken cancellationToken)
    {
        if (inputs.Count == 0)
        {
            return ScoredBatch.Empty;
        }

        if (batched && model.Scoring == ModerationScoring.ModerationEndpoint)
        {
            return await ScoreWithChainAsync(model, inputs, log, cancellationToken);
        }

        var scores = new StageScore[inputs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), options, async (i, ct) =>
            scores[i] = (await ScoreWithChainAsync(model, [inputs[i]], log, ct)).Scores[0]);
        return new ScoredBatch(scores);
    }

    /// <summary>The most a scoring of these inputs can use, priced at the dearest deployment of the chain.</summary>
    public (long Tokens, decimal CostUsd) Estimate(ModelDefinition model, IReadOnlyList<string> inputs)
    {
        long total = 0;
        decimal cost = 0;
        var chain = catalog.Chain(model);
        foreach (var input in inputs)
        {
            var (prompt, output) = (PromptTokens(model, [input]), model.Scoring == ModerationScoring.ChatJson ? model.DefaultMaxOutputTokens : 0);
            total += prompt + output;
            cost += chain.Max(m => m.Cost(prompt, output));
        }

        return (total, cost);
    }

    private async Task<ScoredBatch> ScoreWithChainAsync(ModelDefinition model, IReadOnlyList<string> inputs, CallLog log, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var chain = catalog.Chain(model);
        for (var i = 0; i < chain.Count; i++)
        {
            // A call not yet sent when the caller leaves is not charged: only one that went out is.
            cancellationToken.ThrowIfCancellationRequested();
            var deployment = chain[i];
            var attempt = clock.GetTimestamp();
            try
            {
                var answer = await resilience.ExecuteAsync(
                    deployment.Name, resilience.Settings.AttemptTimeout, ct => CallAsync(deployment, inputs, ct), cancellationToken);
                log.Add(new ModelCallUsage(deployment, answer.PromptTokens, answer.CompletionTokens, i > 0,
                    clock.GetElapsedTime(attempt).TotalMilliseconds, answer.Scores is null ? "invalid_answer" : "ok"));
                if (answer.Scores is not null)
                {
                    var latencyMs = clock.GetElapsedTime(started).TotalMilliseconds;
                    return new ScoredBatch([.. answer.Scores.Select(s => s with { LatencyMs = latencyMs })]);
                }

                logger.LogWarning("Moderation model {Model} gave an answer without a readable score", deployment.Name);
            }
            catch (Exception e) when (DeploymentFailures.IsRejection(e))
            {
                // Another deployment would refuse the same input; the stage counts as unable to score it.
                log.Add(new ModelCallUsage(deployment, 0, 0, i > 0, clock.GetElapsedTime(attempt).TotalMilliseconds, "rejected"));
                logger.LogWarning("Moderation model {Model} rejected the input ({Status})", deployment.Name, (e as System.ClientModel.ClientResultException)?.Status);
                break;
            }
            catch (Exception e) when ((DeploymentFailures.IsDeploymentFailure(e) || e is JsonException) && !cancellationToken.IsCancellationRequested)
            {
                log.Add(new ModelCallUsage(deployment, 0, 0, i > 0, clock.GetElapsedTime(attempt).TotalMilliseconds, "unavailable"));
                logger.LogWarning("Moderation model {Model} failed ({Reason})", deployment.Name, e.GetType().Name);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                // The caller left while the call was out. A provider bills the input it received, and this one was
                // sent, so it is charged its input tokens (counted here: no usage came back) and no output.
                log.Add(new ModelCallUsage(deployment, PromptTokens(deployment, inputs), 0, i > 0, clock.GetElapsedTime(attempt).TotalMilliseconds, "cancelled"));
                throw;
            }
        }

        var failedAfterMs = clock.GetElapsedTime(started).TotalMilliseconds;
        return new ScoredBatch([.. inputs.Select(_ => StageScore.Unscored(failedAfterMs))]);
    }

    /// <summary>The input tokens a call scoring these inputs sends: what the provider bills it at least.</summary>
    private int PromptTokens(ModelDefinition deployment, IReadOnlyList<string> inputs) =>
        deployment.Scoring == ModerationScoring.ChatJson ? inputs.Sum(i => tokens.CountPrompt(Prompt(i))) : inputs.Sum(tokens.Count);

    private Task<ScoringAnswer> CallAsync(ModelDefinition deployment, IReadOnlyList<string> inputs, CancellationToken cancellationToken) =>
        deployment.Scoring == ModerationScoring.ChatJson
            ? AskChatAsync(deployment, inputs.Single(), cancellationToken)
            : ClassifyAsync(deployment, inputs, cancellationToken);

    private async Task<ScoringAnswer> ClassifyAsync(ModelDefinition deployment, IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        var results = (await clients.For(deployment.Provider).GetModerationClient(deployment.ProviderModel)
            .ClassifyTextAsync(inputs, cancellationToken)).Value;
        // The endpoint reports no usage; the input tokens are what a provider bills for moderation.
        var counts = inputs.Select(tokens.Count).ToArray();
        if (results.Count != inputs.Count)
        {
            return new ScoringAnswer(null, counts.Sum(), 0);
        }

        var scores = results.Select((result, i) =>
        {
            var categories = EndpointCategories.Of(result);
            return new StageScore(categories.Length == 0 ? 0 : categories.Max(c => c.Score), categories, deployment.Cost(counts[i], 0), 0, deployment.Name);
        }).ToArray();
        return new ScoringAnswer(scores, counts.Sum(), 0);
    }

    private async Task<ScoringAnswer> AskChatAsync(ModelDefinition deployment, string input, CancellationToken cancellationToken)
    {
        var options = new ChatCompletionOptions
        {
            MaxOutputTokenCount = deployment.DefaultMaxOutputTokens,
            Temperature = 0,
            ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat(),
        };
        var completion = (await clients.For(deployment.Provider).GetChatClient(deployment.ProviderModel)
            .CompleteChatAsync([new SystemChatMessage(RiskPrompt.System), new UserChatMessage(input)], options, cancellationToken)).Value;
        var text = string.Concat(completion.Content.Select(p => p.Text));
        var prompt = completion.Usage?.InputTokenCount ?? tokens.CountPrompt(Prompt(input));
        var output = completion.Usage?.OutputTokenCount ?? tokens.Count(text);
        StageScore[]? scores = RiskPrompt.ReadScore(text) is { } score
            ? [new StageScore(score, [], deployment.Cost(prompt, output), 0, deployment.Name)]
            : null;
        return new ScoringAnswer(scores, prompt, output);
    }

    private static LlmActors.Chat.ChatMessage[] Prompt(string input) => [new("system", RiskPrompt.System), new("user", input)];
}
