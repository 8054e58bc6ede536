using LlmActors.Api.Anthropic;
using LlmActors.Api.Apis;
using LlmActors.Api.Auth;
using LlmActors.Api.Idempotency;
using LlmActors.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLlmActorsOrleans();
builder.AddLlmActorsAuth();
builder.AddLlmActorsApi();
builder.AddLlmActorsIdempotency();
builder.AddLlmActorsTelemetry("llmactors-api");

var app = builder.Build();
app.UseAnthropicErrors();
app.UseOpenAiErrors();
app.UseRouting();
app.UseKeyAuth();
app.UseIdempotency();
app.MapOperationsApi(app.Configuration);
app.MapMetrics();
app.MapKeysApi();
app.MapBudgetsApi();
app.MapModelsApi();
app.MapChatApi();
app.MapCompletionsApi();
app.MapResponsesApi();
app.MapMessagesApi();
app.MapEmbeddingsApi();
app.MapModerationApi();
app.MapSupportAdminApi();
app.MapProjectSettingsApi();
app.MapSupportApi();
app.MapCodeApi();
if (!app.Configuration.IsClusterMode())
{
    // Embedded mode brings its own models; in cluster mode the simulator is a process of its own.
    app.MapModelSimulator("/sim");
}

app.MapOpenApi();
app.PrintBannerOnStart();
app.Run();

public partial class Program;
