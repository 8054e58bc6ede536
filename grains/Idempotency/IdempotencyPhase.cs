namespace LlmActors.Grains.Idempotency;

/// <summary>Where a key's request stands.</summary>
[GenerateSerializer, Alias("idempotency.phase")]
public enum IdempotencyPhase
{
    Free = 0,
    Running = 1,
    Stored = 2,
    Unreplayable = 3,
}
