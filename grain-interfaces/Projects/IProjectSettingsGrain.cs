namespace LlmActors.Projects;

/// <summary>A project's gateway settings (key: project id), persisted.</summary>
[Alias("projects.settings-grain")]
public interface IProjectSettingsGrain : IGrainWithStringKey
{
    [Alias("get")]
    Task<ProjectSettings> Get();

    /// <summary>Replaces the settings (durably) and answers them.</summary>
    [Alias("set")]
    Task<ProjectSettings> Set(ProjectSettings settings);
}
