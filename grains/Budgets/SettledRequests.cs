using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace LlmActors.Grains.Budgets;

/// <summary>
/// Committed request ids, oldest first, forgotten after a retention time or beyond a count. Ids are kept as
/// the first 8 bytes of their SHA-256: a false "already committed" needs a 64-bit collision among the few
/// thousand ids remembered (odds around 1e-12), and persisting 8 bytes an id keeps writes small.
/// </summary>
public sealed class SettledRequests(TimeSpan retention, int capacity)
{
    private readonly HashSet<ulong> _ids = [];
    private readonly Queue<(ulong Id, DateTimeOffset At)> _order = new();

    public int Count => _order.Count;

    public bool Contains(string requestId) => _ids.Contains(Hash(requestId));

    public void Remember(string requestId, DateTimeOffset at) => Remember(Hash(requestId), at);

    public void Prune(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (_order.Count > capacity || oldest.At + retention <= now))
        {
            _ids.Remove(_order.Dequeue().Id);
        }
    }

    public List<CommittedBatch> ToBatches()
    {
        var batches = new List<CommittedBatch>();
        var bytes = new byte[_order.Count * sizeof(ulong)];
        var (start, count, second) = (0, 0, default(DateTimeOffset));
        foreach (var (id, at) in _order)
        {
            var atSecond = new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            if (count > 0 && atSecond != second)
            {
                batches.Add(new CommittedBatch(second, Convert.ToBase64String(bytes, start * sizeof(ulong), (count - start) * sizeof(ulong))));
                start = count;
            }

            second = atSecond;
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(count++ * sizeof(ulong)), id);
        }

        if (count > start)
        {
            batches.Add(new CommittedBatch(second, Convert.ToBase64String(bytes, start * sizeof(ulong), (count - start) * sizeof(ulong))));
        }

        return batches;
    }

    public void Restore(IEnumerable<CommittedBatch> batches)
    {
        foreach (var batch in batches)
        {
            var bytes = Convert.FromBase64String(batch.Hashes);
            for (var offset = 0; offset + sizeof(ulong) <= bytes.Length; offset += sizeof(ulong))
            {
                Remember(BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(offset)), batch.At);
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
            _order.Enqueue((id, at));
        }

        Prune(at);
    }
}
