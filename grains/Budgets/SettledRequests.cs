using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace LlmActors.Grains.Budgets;

/// <summary>
/// Committed request ids, oldest first, forgotten after a retention time or beyond a count. Ids are kept as
/// the first 8 bytes of their SHA-256: a false "already committed" needs a 64-bit collision among the few
/// thousand ids remembered (odds around 1e-12), and persisting 8 bytes an id keeps writes small.
/// <para>
/// Ids are grouped by the second they were committed in. A second's persisted form is built once and reused by
/// every later write until the group changes (only the newest and, when pruning, the oldest group change), so a
/// busy budget's group commits do not re-encode its whole history each time. Only the ids of the last
/// <c>persistFor</c> before the newest are persisted: those are the commits whose acknowledgement a crash can
/// have lost, and so the only ones a retry after failover can repeat.
/// </para>
/// </summary>
public sealed class SettledRequests(TimeSpan retention, int capacity, TimeSpan persistFor)
{
    private readonly HashSet<ulong> _ids = [];
    private readonly LinkedList<Second> _seconds = new();

    public int Count { get; private set; }

    public bool Contains(string requestId) => _ids.Contains(Hash(requestId));

    public void Remember(string requestId, DateTimeOffset at) => Remember(Hash(requestId), at);

    public void Prune(DateTimeOffset now)
    {
        while (_seconds.First is { } node)
        {
            var oldest = node.Value;
            var expired = oldest.At + retention <= now;
            while (oldest.Remaining > 0 && (expired || Count > capacity))
            {
                _ids.Remove(oldest.Ids[oldest.Start++]);
                oldest.Persisted = null;
                Count--;
            }

            if (oldest.Remaining > 0)
            {
                return;
            }

            _seconds.RemoveFirst();
        }
    }

    /// <summary>The persisted form: one batch per second, for the seconds within <c>persistFor</c> of the newest.</summary>
    public List<CommittedBatch> ToBatches()
    {
        var batches = new List<CommittedBatch>();
        if (_seconds.Last is not { } newest)
        {
            return batches;
        }

        var from = newest.Value.At - persistFor;
        for (var node = _seconds.Last; node is not null && node.Value.At >= from; node = node.Previous)
        {
            batches.Add(node.Value.Persisted ??= node.Value.ToBatch());
        }

        batches.Reverse();
        return batches;
    }

    public void Restore(IEnumerable<CommittedBatch> batches)
    {
        foreach (var batch in batches)
        {
            for (var offset = 0; offset + sizeof(ulong) <= batch.Hashes.Length; offset += sizeof(ulong))
            {
                Remember(BinaryPrimitives.ReadUInt64LittleEndian(batch.Hashes.AsSpan(offset)), batch.At);
            }
        }
    }

    public static ulong Hash(string requestId)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(requestId), digest);
        return BinaryPrimitives.ReadUInt64LittleEndian(digest);
    }

    private void Remember(ulong id, DateTimeOffset at)
    {
        if (_ids.Add(id))
        {
            var second = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            // Clocks move forward; an id stamped earlier than the newest second joins it rather than reorder history.
            var last = _seconds.Last?.Value;
            if (last is null || second > last.At)
            {
                last = _seconds.AddLast(new Second(second)).Value;
            }

            last.Ids.Add(id);
            last.Persisted = null;
            Count++;
        }

        Prune(at);
    }

    private sealed class Second(DateTimeOffset at)
    {
        public DateTimeOffset At { get; } = at;
        public List<ulong> Ids { get; } = [];
        public int Start { get; set; }
        public int Remaining => Ids.Count - Start;
        public CommittedBatch? Persisted { get; set; }

        public CommittedBatch ToBatch()
        {
            var bytes = new byte[Remaining * sizeof(ulong)];
            for (var i = Start; i < Ids.Count; i++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan((i - Start) * sizeof(ulong)), Ids[i]);
            }

            return new CommittedBatch(At, bytes);
        }
    }
}
