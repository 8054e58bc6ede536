namespace LlmActors.Grains.Code;

/// <summary>
/// The trimmed context around a cursor, with line breaks normalized to '\n' so the same code hashes the same
/// whatever the file's line endings; <see cref="LineEnding"/> is the file's own, to restore in answers.
/// </summary>
public sealed record CodeContext(
    string Prefix,
    string Suffix,
    string Language,
    string LineEnding,
    string Hash,
    string PrefixHash,
    string SuffixHash)
{
    /// <summary>Model text ('\n' breaks) as the file writes line breaks.</summary>
    public string ToFileEndings(string text) => LineEnding == "\n" ? text : text.Replace("\n", LineEnding, StringComparison.Ordinal);
}
