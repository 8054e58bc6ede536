namespace LlmActors.Api.Hosting;

/// <summary>
/// Keys for the stateless-worker grains the API calls (chat, embeddings, model "auto"). An Orleans client sends every call for one
/// grain id through the same gateway, and a stateless worker runs on the silo of the gateway that received the call,
/// so a single id put an API host's whole model traffic on one silo: adding silos added no throughput, and killing
/// that silo stalled every call in flight. Many ids spread the calls over every gateway; one request keeps its id.
/// </summary>
public static class WorkerKeys
{
    public const int Spread = 64;

    public static long Next() => Random.Shared.Next(Spread);
}
