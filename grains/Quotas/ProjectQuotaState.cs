using LlmActors.Quotas;

namespace LlmActors.Grains.Quotas;

/// <summary>The open ids of one project, each with the last time it was known to be in use.</summary>
[GenerateSerializer, Alias("quota.project-state")]
public sealed class ProjectQuotaState
{
    [Id(0)] public Dictionary<string, DateTimeOffset> Files { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, DateTimeOffset> Conversations { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Stored responses, each with the time it was created (its retention runs from then).</summary>
    [Id(2)] public Dictionary<string, DateTimeOffset> Responses { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, DateTimeOffset> Of(OpenKind kind) => kind switch
    {
        OpenKind.File => Files,
        OpenKind.Response => Responses,
        _ => Conversations,
    };
}
