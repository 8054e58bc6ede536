namespace LlmActors.Grains.Budgets;

/// <summary>
/// Request ids committed within one second, as 64-bit hashes (8 bytes each; base64 in JSON): a few percent of
/// the ids' own size, so the dedupe memory can ride along in every group-commit write without dominating it.
/// Never changed once built: a write may serialize it while the ledger moves on.
/// </summary>
[GenerateSerializer, Immutable, Alias("budget.committed-batch")]
public sealed record CommittedBatch([property: Id(0)] DateTimeOffset At, [property: Id(1)] byte[] Hashes);
