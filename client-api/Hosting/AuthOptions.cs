namespace LlmActors.Api.Hosting;

/// <summary>The <c>Auth</c> section. <c>AdminKey</c> guards <c>/admin/*</c> and the dashboard.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string AdminKey { get; set; } = "";

    /// <summary>True when the key was generated at start because none was configured (embedded mode only).</summary>
    public bool AdminKeyGenerated { get; set; }

    /// <summary>How long an API host remembers that no key exists under a prefix; 0 turns that off.</summary>
    public int UnknownKeySeconds { get; set; } = 30;

    /// <summary>At most this many remembered unknown prefixes per API host.</summary>
    public int UnknownKeyEntries { get; set; } = 100_000;
}
