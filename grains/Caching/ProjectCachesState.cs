namespace LlmActors.Grains.Caching;

[GenerateSerializer, Alias("caching.project-caches")]
public sealed class ProjectCachesState
{
    [Id(0)] public HashSet<string> Namespaces { get; set; } = [];
}
