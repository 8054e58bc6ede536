using System.Collections.Concurrent;
using LlmActors.Grains.Spend;

namespace LlmActors.Tests.Moderation;

/// <summary>Keeps every spend row in memory so a test can see what was (not) logged.</summary>
internal sealed class RecordingSpendLog : ISpendLog
{
    public ConcurrentQueue<SpendRecord> Records { get; } = new();

    public void Record(SpendRecord record) => Records.Enqueue(record);
}
