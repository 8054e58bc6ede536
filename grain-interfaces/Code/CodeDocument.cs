namespace LlmActors.Code;

/// <summary>
/// What an editor sends about one file: its path (an opaque key, never a location on disk), its whole
/// content, the cursor as a UTF-16 offset into <see cref="Content"/>, and optionally its language.
/// </summary>
[GenerateSerializer, Immutable, Alias("code.document")]
public sealed record CodeDocument(
    [property: Id(0)] string Path,
    [property: Id(1)] string Content,
    [property: Id(2)] int Cursor,
    [property: Id(3)] string? Language = null);
