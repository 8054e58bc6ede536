using System.Collections.Concurrent;
using LlmActors.Keys;

namespace LlmActors.Tests.Keys;

/// <summary>Counts the calls key grains receive, by prefix: what a flood of keys costs the cluster.</summary>
public sealed class KeyGrainCalls : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int To(string prefix) => _calls.GetValueOrDefault(prefix);

    public int ToAny(IEnumerable<string> prefixes) => prefixes.Sum(To);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is IApiKeyGrain)
        {
            _calls.AddOrUpdate(context.TargetId.Key.ToString()!, 1, (_, n) => n + 1);
        }

        return context.Invoke();
    }
}
