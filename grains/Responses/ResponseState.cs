namespace LlmActors.Grains.Responses;

/// <summary>A stored response as persisted: null <see cref="Response"/> means none is stored under this key.</summary>
[GenerateSerializer, Alias("responses.state")]
public sealed class ResponseState
{
    [Id(0)] public string? Response { get; set; }
    [Id(1)] public string[] Input { get; set; } = [];
    [Id(2)] public string? PreviousResponseId { get; set; }
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
}
