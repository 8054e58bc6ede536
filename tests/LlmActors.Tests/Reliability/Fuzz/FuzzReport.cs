using LlmActors.Tests.Reliability.Routes;

namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>Counts and problems of one route's run.</summary>
public sealed class FuzzReport(string route, ErrorShapeKind errors = default)
{
    private readonly List<string> _problems = [];
    private readonly SortedDictionary<int, int> _statuses = [];

    public string Route => route;

    public int Inputs { get; private set; }

    public int ServerErrors => _statuses.Where(s => s.Key >= 500).Sum(s => s.Value);

    public int Rejected => _statuses.Where(s => s.Key >= 400).Sum(s => s.Value);

    public int StateChecks { get; private set; }

    public TimeSpan Duration { get; set; }

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>The slowest answer: bad input must be refused quickly, not after a model call or a timeout.</summary>
    public FuzzOutcome? Slowest { get; private set; }

    public void Count(FuzzOutcome outcome)
    {
        Inputs++;
        if (outcome.Elapsed > (Slowest?.Elapsed ?? TimeSpan.Zero))
        {
            Slowest = outcome;
        }

        _statuses[outcome.Status] = _statuses.GetValueOrDefault(outcome.Status) + 1;
        _problems.AddRange(FuzzVerdict.Problems(outcome, errors));
    }

    public void StateChecked(int checks) => StateChecks += checks;

    public void Problem(string problem) => _problems.Add(problem);

    public override string ToString() =>
        $"route={route} seconds={Duration.TotalSeconds:0.0} inputs={Inputs} rejected={Rejected} 5xx={ServerErrors} stateChecks={StateChecks} problems={_problems.Count} slowestMs={Slowest?.Elapsed.TotalMilliseconds:0} ({Slowest?.Input.Description}) statuses=[{string.Join(' ', _statuses.Select(s => $"{s.Key}:{s.Value}"))}]";
}
