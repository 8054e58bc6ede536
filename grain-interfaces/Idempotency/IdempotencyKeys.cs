namespace LlmActors.Idempotency;

/// <summary>A key is only meaningful within its project: project B's "r1" is another grain than project A's.</summary>
public static class IdempotencyKeys
{
    public static IIdempotencyGrain IdempotencyKey(this IGrainFactory grains, string projectId, string key) =>
        Identifiers.IsValid(projectId) && Identifiers.IsValid(key)
            ? grains.GetGrain<IIdempotencyGrain>(projectId + "/" + key)
            : throw new ArgumentException("Project ids and idempotency keys must be valid identifiers.");
}
