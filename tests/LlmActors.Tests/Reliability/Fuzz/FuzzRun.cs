namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// Sends a route's inputs in chunks and proves that no rejected input changed state: the state is read before and
/// after each chunk; when a chunk also held accepted inputs (which may change state), its rejected inputs are sent
/// again one by one, each between two reads.
/// </summary>
public sealed class FuzzRun(FuzzSender sender, StateProbe probe, FuzzReport report)
{
    private const int ChunkSize = 20;

    public async Task RunAsync(IEnumerable<FuzzInput> inputs, CancellationToken cancellationToken)
    {
        var before = await probe.SnapshotAsync(cancellationToken);
        foreach (var chunk in inputs.Chunk(ChunkSize))
        {
            var outcomes = new List<FuzzOutcome>();
            foreach (var input in chunk)
            {
                var outcome = await sender.SendAsync(input, cancellationToken);
                report.Count(outcome);
                outcomes.Add(outcome);
                if (input.Kind == "valid" && outcome.Rejected)
                {
                    // Mutations of a request the route refuses anyway would prove little.
                    report.Problem($"the route's valid request was refused; fix its entry in ApiRoutes: {outcome}");
                }
            }

            var after = await probe.SnapshotAsync(cancellationToken);
            report.StateChecked(1);
            if (after != before)
            {
                await CheckOneByOne(outcomes.Where(o => o.Rejected).Select(o => o.Input), accepted: outcomes.Count(o => !o.Rejected), before, after, cancellationToken);
                after = await probe.SnapshotAsync(cancellationToken);
            }

            before = after;
        }
    }

    private async Task CheckOneByOne(IEnumerable<FuzzInput> rejected, int accepted, string chunkBefore, string chunkAfter, CancellationToken cancellationToken)
    {
        var culprits = 0;
        foreach (var input in rejected)
        {
            var before = await probe.SnapshotAsync(cancellationToken);
            var outcome = await sender.SendAsync(input, cancellationToken);
            var after = await probe.SnapshotAsync(cancellationToken);
            report.StateChecked(1);
            if (outcome.Rejected && after != before)
            {
                culprits++;
                report.Problem($"a rejected request changed state: {outcome}\n{Diff(before, after)}");
            }
        }

        if (accepted == 0 && culprits == 0)
        {
            report.Problem($"state changed during a chunk of rejected requests, but no single one changes it again:\n{Diff(chunkBefore, chunkAfter)}");
        }
    }

    private static string Diff(string before, string after)
    {
        var old = before.Split('\n').ToHashSet();
        return string.Join('\n', after.Split('\n').Where(line => !old.Contains(line)).Select(line => "  now: " + (line.Length > 400 ? line[..400] + "…" : line)));
    }
}
