using LlmActors.Api.Apis;
using LlmActors.Api.Auth;

var builder = WebApplication.CreateBuilder(args);
builder.AddLlmActorsOrleans();
builder.AddLlmActorsAuth();
builder.AddLlmActorsApi();

var app = builder.Build();
app.UseOpenAiErrors();
app.UseRouting();
app.UseKeyAuth();
app.MapOperationsApi(app.Configuration);
app.MapKeysApi();
app.MapBudgetsApi();
app.MapOpenApi();
app.PrintBannerOnStart();
app.Run();

public partial class Program;
