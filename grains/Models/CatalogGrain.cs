using LlmActors.Models;
using Orleans.Concurrency;

namespace LlmActors.Grains.Models;

[StatelessWorker]
public sealed class CatalogGrain(IModelCatalog catalog) : Grain, ICatalogGrain
{
    public Task<ModelInfo[]> List() => Task.FromResult(catalog.All.Select(m => m.ToInfo()).ToArray());
}
