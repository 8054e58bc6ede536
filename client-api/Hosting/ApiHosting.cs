namespace LlmActors.Api.Hosting;

public static class ApiHosting
{
    /// <summary>HTTP-side services: JSON options, body limits, OpenAPI.</summary>
    public static WebApplicationBuilder AddLlmActorsApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        return builder;
    }
}
