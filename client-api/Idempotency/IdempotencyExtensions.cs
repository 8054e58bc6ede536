using LlmActors.Grains.Idempotency;

namespace LlmActors.Api.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>The <c>Idempotency</c> options on the API side (the answer size bound).</summary>
    public static WebApplicationBuilder AddLlmActorsIdempotency(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdempotency(builder.Configuration);
        return builder;
    }

    /// <summary>After key authentication (it needs the caller's project) and routing (it needs the route).</summary>
    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();
}
