using System.Text.RegularExpressions;

namespace LlmActors;

/// <summary>Project, user and conversation ids: opaque, but restricted so they are safe in keys, paths and logs.</summary>
public static partial class Identifiers
{
    public const int MaxLength = 128;

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    // \z, not $: $ also matches before a final newline, which let "c1\n" through as an id.
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._:@-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
