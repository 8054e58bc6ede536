namespace LlmActors.Api.Auth;

/// <summary>Endpoint metadata: which key a route takes. Checked by <see cref="KeyAuthMiddleware"/> before binding.</summary>
public sealed record KeyRequirement(KeyKind Kind)
{
    public static readonly KeyRequirement Admin = new(KeyKind.Admin);
    public static readonly KeyRequirement Project = new(KeyKind.Project);
}

public enum KeyKind
{
    Admin,
    Project,
}
