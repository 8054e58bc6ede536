namespace LlmActors.Moderation;

/// <summary>One item of a labelled evaluation set: the text and whether it should be blocked.</summary>
[GenerateSerializer, Immutable, Alias("moderation.labelled-item")]
public sealed record LabelledItem(
    [property: Id(0)] string Input,
    [property: Id(1)] bool Flagged,
    [property: Id(2)] string? Id = null);
