using System.Security.Cryptography;
using System.Text;

namespace LlmActors.Silo.Schema;

/// <summary>One embedded <c>silo/Schema/*.sql</c> file. The checksum tells the migrator whether it changed since it was applied.</summary>
public sealed record SchemaScript(string Name, string Sql)
{
    // Computed, not stored: a stored value would survive a `with { Sql = ... }` copy and go stale.
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
}
