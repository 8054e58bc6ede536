using LlmActors.Projects;

namespace LlmActors.Grains.Projects;

/// <summary>Non-reentrant: a write finishes before the next read, so a reader never sees settings that were not stored.</summary>
public sealed class ProjectSettingsGrain(
    [PersistentState("project-settings", StorageNames.Policies)] IPersistentState<ProjectSettingsState> state) : Grain, IProjectSettingsGrain
{
    public Task<ProjectSettings> Get() => Task.FromResult(state.State.Settings);

    public async Task<ProjectSettings> Set(ProjectSettings settings)
    {
        var previous = state.State.Settings;
        state.State.Settings = settings;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Settings = previous;
            throw;
        }

        return settings;
    }
}
