using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using LlmActors.Grains.Telemetry;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LlmActors.Grains.Models;

/// <summary>
/// One Polly pipeline per deployment: a circuit breaker around a per-attempt timeout. The timeout is
/// chosen per call (whole response vs first token of a stream) so both share the deployment's breaker.
/// </summary>
public sealed class ModelResilience
{
    private static readonly ResiliencePropertyKey<TimeSpan> TimeoutKey = new("llmactors.attempt-timeout");
    private readonly ConcurrentDictionary<string, (ResiliencePipeline Pipeline, CircuitBreakerStateProvider State)> _pipelines = new(StringComparer.OrdinalIgnoreCase);
    private readonly IOptions<ModelsOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<ModelResilience> _logger;

    public ModelResilience(IOptions<ModelsOptions> options, TimeProvider clock, GatewayMetrics metrics, ILogger<ModelResilience> logger)
    {
        _options = options;
        _clock = clock;
        _logger = logger;
        // 0 closed, 1 open, 2 half-open, 3 isolated: Polly's CircuitState values.
        metrics.Meter.CreateObservableGauge("llmactors.circuit.state", () => _pipelines.Select(p =>
            new Measurement<int>((int)p.Value.State.CircuitState, new KeyValuePair<string, object?>("llmactors.deployment", p.Key))),
            description: "Circuit breaker state per deployment: 0 closed, 1 open, 2 half-open, 3 isolated.");
    }

    public ResilienceOptions Settings => _options.Value.Resilience;

    public CircuitState StateOf(string deployment) => Get(deployment).State.CircuitState;

    public async Task<T> ExecuteAsync<T>(string deployment, TimeSpan timeout, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(TimeoutKey, timeout);
        try
        {
            return await Get(deployment).Pipeline.ExecuteAsync(
                static async (ctx, call) => await call(ctx.CancellationToken), context, attempt);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private (ResiliencePipeline Pipeline, CircuitBreakerStateProvider State) Get(string deployment) =>
        _pipelines.GetOrAdd(deployment, Build);

    private (ResiliencePipeline, CircuitBreakerStateProvider) Build(string deployment)
    {
        var settings = Settings;
        var state = new CircuitBreakerStateProvider();
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = _clock }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = settings.FailureRatio,
                MinimumThroughput = Math.Max(2, settings.MinimumThroughput),
                SamplingDuration = settings.SamplingDuration,
                BreakDuration = settings.BreakDuration,
                StateProvider = state,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(DeploymentFailures.IsDeploymentFailure),
                OnOpened = args =>
                {
                    _logger.LogWarning("Circuit for {Deployment} opened for {Duration}", deployment, args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    _logger.LogInformation("Circuit for {Deployment} closed", deployment);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(TimeoutKey, settings.AttemptTimeout)),
            })
            .Build();
        return (pipeline, state);
    }
}
