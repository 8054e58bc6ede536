using System.Security.Cryptography;
using System.Text;

namespace LlmActors.Code;

/// <summary>
/// Keys of completion-cache grains: the project id, then the path. The project id comes from the caller's
/// key, so one project can never address another's files. Long paths are hashed so a key always fits
/// storage columns; the "p:"/"h:" marker keeps a literal path from colliding with a hashed one.
/// </summary>
public static class FileKeys
{
    public const int MaxLiteralPathLength = 256;

    public static string For(string projectId, string path) =>
        path.Length <= MaxLiteralPathLength
            ? $"{projectId}/p:{path}"
            : $"{projectId}/h:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))}";

    /// <summary>The project a key belongs to; project ids never contain '/'.</summary>
    public static string ProjectOf(string key) => key[..key.IndexOf('/', StringComparison.Ordinal)];
}
