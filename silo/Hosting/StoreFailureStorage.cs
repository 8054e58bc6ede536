using System.Data.Common;
using LlmActors.Budgets;
using Orleans.Storage;

namespace LlmActors.Silo.Hosting;

/// <summary>
/// Grain storage that reports a database failure as a <see cref="StoreUnavailableException"/>. The driver's own
/// exceptions have no Orleans codec: a grain whose state could not be read or written during a PostgreSQL outage
/// failed its caller with a codec error, which the API answered 500. This one crosses to the API host: 503.
/// </summary>
public sealed class StoreFailureStorage(IGrainStorage inner) : IGrainStorage
{
    public static string InnerName(string name) => name + ".db";

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard(() => inner.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard(() => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Guard(() => inner.ClearStateAsync(stateName, grainId, grainState));

    private static async Task Guard(Func<Task> operation)
    {
        try
        {
            await operation();
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            throw new StoreUnavailableException($"Grain storage unavailable: {e.GetBaseException().Message}");
        }
    }

    private static bool IsDatabaseFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException || e.GetType().Namespace?.StartsWith("Npgsql", StringComparison.Ordinal) == true)
            {
                return true;
            }
        }

        return false;
    }
}
