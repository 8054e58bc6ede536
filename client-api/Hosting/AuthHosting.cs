using System.Security.Cryptography;
using LlmActors.Api.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using LlmActors.Silo.Hosting;

namespace LlmActors.Api.Hosting;

public static class AuthHosting
{
    public static WebApplicationBuilder AddLlmActorsAuth(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrWhiteSpace(configuration[$"{AuthOptions.Section}:AdminKey"]) && !configuration.IsClusterMode())
        {
            // Embedded mode must work with zero configuration: make a key and print it at start.
            configuration[$"{AuthOptions.Section}:AdminKey"] = "llma_admin_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            configuration[$"{AuthOptions.Section}:AdminKeyGenerated"] = "true";
        }

        builder.Services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.Section)
            .Validate(o => o.AdminKey.Length >= 16, "Auth:AdminKey must be set (at least 16 characters) in cluster mode.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<UnknownKeyCache>();
        return builder;
    }
}
