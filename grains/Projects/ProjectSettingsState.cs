using LlmActors.Projects;

namespace LlmActors.Grains.Projects;

[GenerateSerializer, Alias("projects.settings-state")]
public sealed class ProjectSettingsState
{
    [Id(0)] public ProjectSettings Settings { get; set; } = ProjectSettings.Default;
}
