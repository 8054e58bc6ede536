using LlmActors.ModelSim;
using LlmActors.ModelSim.Anthropic;
using LlmActors.ModelSim.Catalog;
using LlmActors.ModelSim.Chat;
using LlmActors.ModelSim.Completions;
using LlmActors.ModelSim.Embeddings;
using LlmActors.ModelSim.Faults;
using LlmActors.ModelSim.Hosting;
using LlmActors.ModelSim.Moderation;
using LlmActors.ModelSim.Text;

// The ASP.NET Core convention for hosting extensions: one line in a host's Program.cs, no extra using.
namespace Microsoft.AspNetCore.Builder;

public static class ModelSimulatorEndpointExtensions
{
    /// <summary>
    /// Maps the simulator under <paramref name="prefix"/>: <c>{prefix}/v1/chat/completions</c>, <c>/v1/completions</c>, <c>/v1/embeddings</c>,
    /// <c>/v1/moderations</c>, Anthropic's <c>/v1/messages</c>, <c>/v1/models</c>, and <c>PUT|GET {prefix}/models/{model}/fault</c>. The fault route
    /// is guarded by <paramref name="authorizeFaults"/>, by default the bearer key against configuration
    /// <c>Auth:AdminKey</c> (open when no key is configured).
    /// </summary>
    public static IEndpointRouteBuilder MapModelSimulator(this IEndpointRouteBuilder routes, string prefix = "/sim", Func<HttpContext, bool>? authorizeFaults = null)
    {
        var simulator = SimulatorInstances.For(routes.ServiceProvider);
        SimulatorWarmUp.InBackground(simulator);
        var group = routes.MapGroup(prefix);
        group.ExcludeFromDescription();
        MapOpenAiRoutes(group.MapGroup("/v1"), simulator);

        var authorize = authorizeFaults ?? AdminKeyCheck.FromConfiguration(routes.ServiceProvider.GetRequiredService<IConfiguration>());
        var faults = new FaultEndpoint(simulator, authorize);
        group.MapPut("/models/{model}/fault", SimRoute.Wrap(faults.PutAsync));
        group.MapGet("/models/{model}/fault", SimRoute.Wrap(faults.GetAsync));
        return routes;
    }

    /// <summary>The OpenAI routes again at <c>/v1/*</c>, for a standalone simulator that clients use as their base URL.</summary>
    public static IEndpointRouteBuilder MapModelSimulatorAliases(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1");
        group.ExcludeFromDescription();
        MapOpenAiRoutes(group, SimulatorInstances.For(routes.ServiceProvider));
        return routes;
    }

    private static void MapOpenAiRoutes(IEndpointRouteBuilder v1, ModelSimulator simulator)
    {
        v1.MapPost("/chat/completions", SimRoute.Wrap(new ChatEndpoint(simulator).HandleAsync));
        v1.MapPost("/completions", SimRoute.Wrap(new CompletionsEndpoint(simulator).HandleAsync));
        v1.MapPost("/embeddings", SimRoute.Wrap(new EmbeddingsEndpoint(simulator).HandleAsync));
        v1.MapPost("/moderations", SimRoute.Wrap(new ModerationsEndpoint(simulator).HandleAsync));
        v1.MapPost("/messages", SimRoute.Wrap(new MessagesEndpoint(simulator).HandleAsync, MessagesEndpoint.WriteErrorAsync));
        var models = new ModelsEndpoint(simulator);
        v1.MapGet("/models", SimRoute.Wrap(models.ListAsync));
        v1.MapGet("/models/{model}", SimRoute.Wrap(models.GetAsync));
    }
}
