namespace LlmActors.ModelSim.Media;

/// <summary>
/// A file part is read as text at about 4 bytes a token (at least 1); a <c>file_id</c> names an upload the
/// simulator never sees, costed as 256 tokens.
/// </summary>
internal static class FileTokens
{
    public const int ById = 256;

    public static int Count(int bytes) => Math.Max(1, (bytes + 3) / 4);
}
