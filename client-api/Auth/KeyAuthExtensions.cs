namespace LlmActors.Api.Auth;

public static class KeyAuthExtensions
{
    public static TBuilder RequireAdminKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(KeyRequirement.Admin);

    public static TBuilder RequireProjectKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(KeyRequirement.Project);

    /// <summary>Runs after routing so the endpoint's <see cref="KeyRequirement"/> is known.</summary>
    public static IApplicationBuilder UseKeyAuth(this IApplicationBuilder app) => app.UseMiddleware<KeyAuthMiddleware>();
}
