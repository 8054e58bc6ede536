namespace LlmActors.IntegrationTests.Reliability;

/// <summary>
/// One request of a load run, as the client saw it: when it started and ended (since the run began), its status
/// (0 when the connection failed), the tokens a success reported, and what was wrong with an error body.
/// </summary>
public sealed record Attempt(string Operation, string Project, TimeSpan Started, TimeSpan Ended, int Status, long Tokens = 0, string? Problem = null)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public TimeSpan Elapsed => Ended - Started;

    public override string ToString() =>
        $"{Operation} {Project} started {Started.TotalSeconds:0.00}s took {Elapsed.TotalMilliseconds:0}ms → {Status}{(Problem is null ? "" : " " + Problem)}";
}
