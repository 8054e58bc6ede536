using System.Collections.Concurrent;

namespace LlmActors.Grains.Models;

/// <summary>
/// Every model call of one request, recorded as each one ends, so the request can settle what was called even
/// when it is cancelled or a later call faults: a stage's result is never needed to find its calls.
/// </summary>
public sealed class CallLog
{
    private readonly ConcurrentQueue<ModelCallUsage> _calls = new();

    public void Add(ModelCallUsage call) => _calls.Enqueue(call);

    public ModelCallUsage[] Calls => [.. _calls];
}
