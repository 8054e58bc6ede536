namespace LlmActors.Grains.Keys;

[GenerateSerializer, Alias("keys.state")]
public sealed class ApiKeyState
{
    [Id(0)] public string? ProjectId { get; set; }
    [Id(1)] public byte[]? KeyHash { get; set; }
    [Id(2)] public DateTimeOffset CreatedAt { get; set; }
    [Id(3)] public DateTimeOffset? RevokedAt { get; set; }
}
