namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// Sends a route's inputs in chunks and proves that no rejected input changed state: the state is read before and
/// after each chunk; when a chunk also held accepted inputs (which may change state), its rejected inputs are sent
/// again one by one, each between two reads.
/// </summary>
public sealed class FuzzRun(FuzzSender sender, StateProbe probe, FuzzReport report, bool settlesLater, int? validRefusal = null)
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
                if (input.Kind == "valid" && outcome.Rejected && outcome.Status != validRefusal)
                {
                    // Mutations of a request the route refuses anyway would prove little.
                    report.Problem($"the route's valid request was refused; fix its entry in ApiRoutes: {outcome}");
                }
            }

            var accepted = outcomes.Count(o => !o.Rejected);
            // An accepted request of some routes goes on changing state after its answer (a file open starts a prefetch).
            var after = accepted > 0 && settlesLater ? await QuietSnapshotAsync(cancellationToken) : await probe.SnapshotAsync(cancellationToken);
            report.StateChecked(1);
            if (after != before)
            {
                await CheckOneByOne(outcomes.Where(o => o.Rejected).Select(o => o.Input), accepted, before, after, cancellationToken);
                after = await SettledSnapshotAsync(cancellationToken);
            }

            before = after;
        }
    }

    private async Task CheckOneByOne(IEnumerable<FuzzInput> rejected, int accepted, string chunkBefore, string chunkAfter, CancellationToken cancellationToken)
    {
        var culprits = 0;
        var before = await SettledSnapshotAsync(cancellationToken);
        foreach (var input in rejected)
        {
            var (outcome, after) = await SendBetweenReadsAsync(input, cancellationToken);
            if (outcome.Rejected && after != before && settlesLater)
            {
                // Perhaps an earlier accepted request's after-effects landed just now: once more, from a settled state.
                before = await QuietSnapshotAsync(cancellationToken);
                (outcome, after) = await SendBetweenReadsAsync(input, cancellationToken);
            }

            if (outcome.Rejected && after != before)
            {
                culprits++;
                report.Problem($"a rejected request changed state: {outcome}\n{Diff(before, after)}");
            }

            before = after;
        }

        if (accepted == 0 && culprits == 0)
        {
            report.Problem($"state changed during a chunk of rejected requests, but no single one changes it again:\n{Diff(chunkBefore, chunkAfter)}");
        }
    }

    private async Task<(FuzzOutcome Outcome, string After)> SendBetweenReadsAsync(FuzzInput input, CancellationToken cancellationToken)
    {
        var outcome = await sender.SendAsync(input, cancellationToken);
        var after = await probe.SnapshotAsync(cancellationToken);
        report.StateChecked(1);
        return (outcome, after);
    }

    private Task<string> SettledSnapshotAsync(CancellationToken cancellationToken) =>
        settlesLater ? QuietSnapshotAsync(cancellationToken) : probe.SnapshotAsync(cancellationToken);

    /// <summary>The state once it has stopped changing (two reads 100 ms apart agree), or after 10 s whatever it is.</summary>
    private async Task<string> QuietSnapshotAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        var last = await probe.SnapshotAsync(cancellationToken);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, cancellationToken);
            var now = await probe.SnapshotAsync(cancellationToken);
            if (now == last)
            {
                return now;
            }

            last = now;
        }

        return last;
    }

    private static string Diff(string before, string after)
    {
        var old = before.Split('\n').ToHashSet();
        return string.Join('\n', after.Split('\n').Where(line => !old.Contains(line)).Select(line => "  now: " + (line.Length > 400 ? line[..400] + "…" : line)));
    }
}
