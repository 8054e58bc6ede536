namespace LlmActors.Api.Hosting;

/// <summary>
/// Keys for the stateless grains the API calls per request (chat, embeddings, model "auto"). One id would put an
/// API host's whole model traffic on one activation's silo (an Orleans client sends every call for one grain id
/// through the same gateway, and a stateless worker runs on that gateway's silo): adding silos added no
/// throughput, and killing that silo stalled every call in flight. Many ids spread the calls over the cluster;
/// one request keeps its id, which a stream needs to find its enumerator again.
/// </summary>
public static class WorkerKeys
{
    public const int Spread = 64;

    public static long Next() => Random.Shared.Next(Spread);
}
