using System.Globalization;
using LlmActors.Api.Anthropic;
using LlmActors.Keys;

namespace LlmActors.Api.Auth;

/// <summary>
/// Authenticates before the endpoint runs (and so before the body is bound): admin routes take only the
/// admin key, project routes only a live project key (as a bearer token, or on the Anthropic door also as
/// <c>x-api-key</c>), checked against its grain on every request so a
/// revocation holds at once on every API host. Malformed keys and prefixes known to hold no key
/// (<see cref="UnknownKeyCache"/>) are refused here without a grain call.
/// </summary>
public sealed class KeyAuthMiddleware(RequestDelegate next, IOptions<AuthOptions> auth, IClusterClient cluster, UnknownKeyCache unknownKeys)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var requirement = context.GetEndpoint()?.Metadata.GetMetadata<KeyRequirement>();
        if (requirement is null)
        {
            await next(context);
            return;
        }

        var anthropic = AnthropicDoor.IsDoor(context);
        var presented = BearerOf(context.Request) ?? (anthropic ? ApiKeyOf(context.Request) : null);
        if (presented is null)
        {
            await ApiErrors.Unauthorized(anthropic
                ? "Send your key as 'x-api-key: <key>' or 'Authorization: Bearer <key>'."
                : "Send your key as 'Authorization: Bearer <key>'.").ExecuteAsync(context);
            return;
        }

        var isAdmin = ApiKeys.SecretsEqual(presented, auth.Value.AdminKey);
        if (requirement.Kind == KeyKind.Admin)
        {
            if (isAdmin)
            {
                await next(context);
            }
            else if (await CheckProjectKey(presented) is { IsRefused: false })
            {
                await ApiErrors.Forbidden("Admin routes take the admin key, not a project key.").ExecuteAsync(context);
            }
            else
            {
                await ApiErrors.Unauthorized().ExecuteAsync(context);
            }

            return;
        }

        if (isAdmin)
        {
            await ApiErrors.Forbidden("The admin key does not act for a project; create a project key.").ExecuteAsync(context);
            return;
        }

        var check = await CheckProjectKey(presented);
        switch (check?.Outcome)
        {
            case KeyCheckOutcome.Accepted:
                context.Items[ProjectCaller.ItemKey] = new ProjectCaller(check.ProjectId!, ApiKeys.PrefixOf(presented)!);
                await next(context);
                break;
            case KeyCheckOutcome.RateLimited:
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(check.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await ApiErrors.Error(StatusCodes.Status429TooManyRequests, "Too many requests for this key.", "rate_limit_error", "rate_limit_exceeded")
                    .ExecuteAsync(context);
                break;
            default:
                await ApiErrors.Unauthorized().ExecuteAsync(context);
                break;
        }
    }

    /// <summary>Null for a malformed key: refused without a grain call, as is a prefix known to hold no key.</summary>
    private async Task<KeyCheck?> CheckProjectKey(string presented)
    {
        if (ApiKeys.PrefixOf(presented) is not { } prefix)
        {
            return null;
        }

        if (unknownKeys.IsUnknown(prefix))
        {
            return KeyCheck.NoSuchKey;
        }

        var check = await cluster.GetGrain<IApiKeyGrain>(prefix).Authenticate(ApiKeys.Hash(presented));
        if (check.Outcome == KeyCheckOutcome.NoSuchKey)
        {
            unknownKeys.Remember(prefix);
        }

        return check;
    }

    /// <summary>The header Anthropic's SDKs send their key in, taken on the Messages door only.</summary>
    private static string? ApiKeyOf(HttpRequest request) =>
        request.Headers[AnthropicDoor.ApiKeyHeader].ToString() is { Length: > 0 } key ? key.Trim() : null;

    private static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }
}
