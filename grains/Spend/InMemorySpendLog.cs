using LlmActors.Budgets;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Spend;

/// <summary>Embedded mode's spend log: a bounded ring in this process, oldest records overwritten first.</summary>
public sealed class InMemorySpendLog(IOptions<SpendLogOptions> options) : ISpendLog, ISpendStore
{
    private readonly SpendRecord?[] _ring = new SpendRecord?[Math.Max(1, options.Value.MemoryCapacity)];
    private readonly Lock _lock = new();
    private long _appended;

    public void Record(SpendRecord record)
    {
        lock (_lock)
        {
            _ring[_appended++ % _ring.Length] = record;
        }
    }

    public Task<IReadOnlyList<SpendRow>> QueryAsync(SpendQuery query, CancellationToken cancellationToken)
    {
        SpendRecord[] records;
        lock (_lock)
        {
            records = _ring.OfType<SpendRecord>().Where(r => r.ProjectId == query.ProjectId).ToArray();
        }

        return Task.FromResult(SpendGrouping.Rows(records, query));
    }
}
