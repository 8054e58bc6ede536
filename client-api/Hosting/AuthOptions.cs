namespace LlmActors.Api.Hosting;

/// <summary>The <c>Auth</c> section. <c>AdminKey</c> guards <c>/admin/*</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string AdminKey { get; set; } = "";

    /// <summary>True when the key was generated at start because none was configured (embedded mode only).</summary>
    public bool AdminKeyGenerated { get; set; }
}
