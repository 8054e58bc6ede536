namespace LlmActors.Api.OpenAi.Wire;

/// <summary>A content part; the gateway reads its text and what an image, audio clip or file costs in prompt tokens.</summary>
public sealed record ContentPartHead
{
    public string? Type { get; init; }
    public string? Text { get; init; }
    public string? Refusal { get; init; }
    public ImageUrlHead? ImageUrl { get; init; }
    public InputAudioHead? InputAudio { get; init; }
    public FileHead? File { get; init; }
}

public sealed record ImageUrlHead(string? Url, string? Detail);

public sealed record InputAudioHead(string? Data, string? Format);

public sealed record FileHead(string? FileId, string? FileData, string? Filename);
