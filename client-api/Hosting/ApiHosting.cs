namespace LlmActors.Api.Hosting;

public static class ApiHosting
{
    /// <summary>HTTP-side services: body limits, OpenAPI.</summary>
    public static WebApplicationBuilder AddLlmActorsApi(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        WorkerKeys.Rotation = TimeSpan.FromSeconds(Math.Max(1, options.WorkerKeyRotationSeconds));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddOpenApi();
        return builder;
    }
}
