namespace LlmActors.Code;

/// <summary>
/// A project's completion statistics over all its files (key: project id). Files report each answer to it
/// one-way, so reading the project totals never fans out over files and a file's answer never waits on it.
/// </summary>
public interface ICodeStatsGrain : IGrainWithStringKey
{
    [Orleans.Concurrency.OneWay]
    Task Record(CompletionSample sample);

    Task<CodeStats> GetStats();
}
