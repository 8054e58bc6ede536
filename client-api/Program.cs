using LlmActors.Api.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddLlmActorsOrleans();
builder.AddLlmActorsAuth();
builder.AddLlmActorsApi();

var app = builder.Build();
app.UseOpenAiErrors();
app.MapOperationsApi(app.Configuration);
app.MapModelSimulator("/sim");
app.MapOpenApi();
app.PrintBannerOnStart();
app.Run();

public partial class Program;
