namespace LlmActors.ModelSim.Contracts;

/// <summary>A content part: text, image_url, input_audio, file or (assistant) refusal.</summary>
internal sealed record ContentPartBody
{
    public string? Type { get; init; }

    public string? Text { get; init; }

    public ImageUrlBody? ImageUrl { get; init; }

    public InputAudioBody? InputAudio { get; init; }

    public FileBody? File { get; init; }

    public string? Refusal { get; init; }
}
