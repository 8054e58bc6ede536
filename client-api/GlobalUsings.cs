global using LlmActors.Api.Hosting;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.Extensions.Options;
global using Orleans;
