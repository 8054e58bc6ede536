namespace LlmActors.Models;

/// <summary>Read access to the silo's model catalog (the API host holds none of its own).</summary>
public interface ICatalogGrain : IGrainWithIntegerKey
{
    Task<ModelInfo[]> List();
}
