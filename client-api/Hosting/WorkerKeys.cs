namespace LlmActors.Api.Hosting;

/// <summary>
/// Keys for the stateless grains the API calls per request (chat, embeddings, model "auto"). One id would put an
/// API host's whole model traffic on one activation's silo (an Orleans client sends every call for one grain id
/// through the same gateway, and a stateless worker runs on that gateway's silo): adding silos added no
/// throughput, and killing that silo stalled every call in flight. Many ids spread the calls over the cluster;
/// one request keeps its id, which a stream needs to find its enumerator again.
/// <para>
/// The ids rotate: every <see cref="Rotation"/> a fresh set of <see cref="Spread"/> ids is placed afresh, so a
/// silo that joins (or comes back after a kill) gets its share of the calls within one rotation instead of
/// waiting for the old activations to be collected. The old ones go idle and are collected
/// (<c>[CollectionAgeLimit]</c> on those grains).
/// </para>
/// </summary>
public static class WorkerKeys
{
    public const int Spread = 64;

    private static long rotationMs = 60_000;

    /// <summary>How long one set of ids is used (default 60 s; <c>Api:WorkerKeyRotationSeconds</c>).</summary>
    public static TimeSpan Rotation
    {
        get => TimeSpan.FromMilliseconds(Volatile.Read(ref rotationMs));
        set => Volatile.Write(ref rotationMs, Math.Max(1, (long)value.TotalMilliseconds));
    }

    public static long Next() =>
        Environment.TickCount64 / Volatile.Read(ref rotationMs) * Spread + Random.Shared.Next(Spread);
}
