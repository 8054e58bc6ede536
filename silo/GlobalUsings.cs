global using Microsoft.Extensions.Options;
global using Orleans;
global using Orleans.Configuration;
global using Orleans.Hosting;
