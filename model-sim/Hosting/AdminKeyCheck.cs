using System.Security.Cryptography;
using System.Text;

namespace LlmActors.ModelSim.Hosting;

/// <summary>The default guard of the fault route: the bearer key must equal <c>Auth:AdminKey</c> when one is configured.</summary>
internal static class AdminKeyCheck
{
    public const string ConfigurationKey = "Auth:AdminKey";

    /// <summary>Reads the key per request (cheap for an admin route) so a key generated at start-up is honoured.</summary>
    public static Func<HttpContext, bool> FromConfiguration(IConfiguration configuration) => context =>
    {
        var expected = configuration[ConfigurationKey];
        if (string.IsNullOrEmpty(expected))
        {
            // A standalone simulator without a configured key is a local test tool: faults are open.
            return true;
        }

        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hash first: FixedTimeEquals returns at once for inputs of different lengths, so response times would reveal the key's length.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim())),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    };
}
