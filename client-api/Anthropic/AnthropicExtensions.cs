namespace LlmActors.Api.Anthropic;

public static class AnthropicExtensions
{
    /// <summary>First in the pipeline, so it sees the errors of everything after it (auth, idempotency, handlers, routing).</summary>
    public static IApplicationBuilder UseAnthropicErrors(this IApplicationBuilder app) => app.UseMiddleware<AnthropicErrorMiddleware>();
}
