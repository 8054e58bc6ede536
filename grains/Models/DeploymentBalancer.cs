using System.Collections.Concurrent;
using System.ClientModel;
using System.Globalization;

namespace LlmActors.Grains.Models;

/// <summary>
/// Spreads a model's traffic over its deployments by weight, and keeps a deployment that answered 429 out of the
/// way until its <c>Retry-After</c> has passed (it is still tried last, rather than failing a request outright).
/// </summary>
public sealed class DeploymentBalancer(TimeProvider clock)
{
    private static readonly TimeSpan DefaultCooldown = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestCooldown = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _coolingUntil = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The order in which to try the model's deployments for one request.</summary>
    public IReadOnlyList<Deployment> Order(ModelDefinition model)
    {
        var deployments = model.Deployments;
        if (deployments.Count == 1)
        {
            return deployments;
        }

        var now = clock.GetUtcNow();
        // Weighted random order (each deployment's key is u^(1/weight)); cooling and weight-0 deployments go last.
        return [.. deployments
            .Select(d => (Deployment: d, Cooling: IsCooling(d, now), Key: d.Weight == 0 ? -1 : Math.Pow(Random.Shared.NextDouble(), 1.0 / d.Weight)))
            .OrderBy(x => x.Cooling)
            .ThenByDescending(x => x.Key)
            .Select(x => x.Deployment)];
    }

    /// <summary>Records a throttling answer: the deployment is avoided for the time the provider asked for.</summary>
    public void Throttled(Deployment deployment, Exception failure)
    {
        var wait = RetryAfter(failure) ?? DefaultCooldown;
        _coolingUntil[deployment.Id] = clock.GetUtcNow() + (wait > LongestCooldown ? LongestCooldown : wait);
    }

    public static bool IsThrottling(Exception e) => e is ClientResultException { Status: 429 };

    private bool IsCooling(Deployment deployment, DateTimeOffset now) =>
        _coolingUntil.TryGetValue(deployment.Id, out var until) && until > now;

    /// <summary><c>retry-after-ms</c> (OpenAI, Azure) or <c>Retry-After</c> in seconds or as an HTTP date.</summary>
    public static TimeSpan? RetryAfter(Exception failure)
    {
        var headers = (failure as ClientResultException)?.GetRawResponse()?.Headers;
        if (headers is null)
        {
            return null;
        }

        if (headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (!headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at > DateTimeOffset.UtcNow
            ? at - DateTimeOffset.UtcNow
            : null;
    }
}
