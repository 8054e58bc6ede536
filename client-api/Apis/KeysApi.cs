using LlmActors.Api.Auth;
using LlmActors.Keys;

namespace LlmActors.Api.Apis;

/// <summary><c>POST /admin/projects/{projectId}/keys</c> and <c>DELETE /admin/keys/{keyPrefix}</c>.</summary>
public static class KeysApi
{
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").RequireAdminKey().WithTags("Admin");
        admin.MapPost("/projects/{projectId}/keys", CreateKey);
        admin.MapDelete("/keys/{keyPrefix}", RevokeKey);
        return app;
    }

    public static async Task<Results<Created<CreatedKey>, JsonHttpResult<OpenAiError>>> CreateKey(string projectId, IClusterClient cluster, UnknownKeyCache unknownKeys)
    {
        if (!Identifiers.IsValid(projectId))
        {
            return ApiErrors.BadRequest("projectId must be 1-128 letters, digits or . _ : @ -", "projectId");
        }

        // The plain key exists only in this response; the grain stores its hash.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (key, prefix) = ApiKeys.Generate();
            if (await cluster.GetGrain<IApiKeyGrain>(prefix).Create(projectId, ApiKeys.Hash(key)))
            {
                // This host may have been told the prefix held nothing; other hosts' entries expire on their own.
                unknownKeys.Forget(prefix);
                return TypedResults.Created($"/admin/keys/{prefix}", new CreatedKey(projectId, key, prefix));
            }
        }

        return ApiErrors.Error(StatusCodes.Status500InternalServerError, "Could not allocate a key id.", "server_error", "key_collision");
    }

    public static async Task<Results<NoContent, JsonHttpResult<OpenAiError>>> RevokeKey(string keyPrefix, IClusterClient cluster)
    {
        if (!ApiKeys.IsPrefix(keyPrefix))
        {
            return ApiErrors.BadRequest("keyPrefix is the 'llma_' + 12 character id at the start of a key.", "keyPrefix");
        }

        return await cluster.GetGrain<IApiKeyGrain>(keyPrefix).Revoke()
            ? TypedResults.NoContent()
            : ApiErrors.NotFound("No key with that prefix.", "key_not_found");
    }

    public sealed record CreatedKey(string ProjectId, string Key, string KeyPrefix);
}
