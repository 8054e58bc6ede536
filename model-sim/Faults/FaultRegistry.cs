using System.Collections.Concurrent;

namespace LlmActors.ModelSim.Faults;

/// <summary>Per-model faults, in memory in the simulator process; read on every request, so lock-free.</summary>
internal sealed class FaultRegistry
{
    private readonly ConcurrentDictionary<string, Fault> _faults = new(StringComparer.Ordinal);

    public Fault For(string model) => _faults.TryGetValue(model, out var fault) ? fault : Fault.Healthy;

    public void Set(string model, Fault fault)
    {
        if (fault.Mode == FaultMode.None)
        {
            _faults.TryRemove(model, out _);
        }
        else
        {
            _faults[model] = fault;
        }
    }
}
