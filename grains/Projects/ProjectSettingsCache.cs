using System.Collections.Concurrent;
using LlmActors.Projects;

namespace LlmActors.Grains.Projects;

/// <summary>
/// A project's settings as a silo's grains read them on every request: kept for a few seconds, then refreshed in
/// the background while the kept copy still serves (a change applies within <see cref="Freshness"/>). Only a
/// project's first request on a silo waits for its grain.
/// </summary>
public sealed class ProjectSettingsCache(IGrainFactory grains, TimeProvider clock, ILogger<ProjectSettingsCache> logger)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public ValueTask<ProjectSettings> GetAsync(string projectId)
    {
        if (_entries.TryGetValue(projectId, out var entry))
        {
            if (clock.GetUtcNow() - entry.FetchedAt > Freshness && entry.TryClaimRefresh())
            {
                _ = RefreshAsync(projectId);
            }

            return ValueTask.FromResult(entry.Settings);
        }

        return new ValueTask<ProjectSettings>(RefreshAsync(projectId));
    }

    /// <summary>A change made through this silo applies here at once.</summary>
    public void Put(string projectId, ProjectSettings settings) => _entries[projectId] = new Entry(settings, clock.GetUtcNow());

    private async Task<ProjectSettings> RefreshAsync(string projectId)
    {
        try
        {
            var settings = await grains.GetGrain<IProjectSettingsGrain>(projectId).Get();
            Put(projectId, settings);
            return settings;
        }
        catch (Exception e) when (_entries.TryGetValue(projectId, out var kept))
        {
            logger.LogWarning("Refreshing the settings of {Project} failed ({Reason}); keeping the last ones", projectId, e.GetType().Name);
            kept.ReleaseRefresh();
            return kept.Settings;
        }
    }

    private sealed class Entry(ProjectSettings settings, DateTimeOffset fetchedAt)
    {
        private int _refreshing;

        public ProjectSettings Settings { get; } = settings;
        public DateTimeOffset FetchedAt { get; } = fetchedAt;

        public bool TryClaimRefresh() => Interlocked.Exchange(ref _refreshing, 1) == 0;

        public void ReleaseRefresh() => Volatile.Write(ref _refreshing, 0);
    }
}
