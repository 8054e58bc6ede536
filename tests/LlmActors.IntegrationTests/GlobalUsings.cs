global using System.Net;
global using System.Net.Http.Json;
global using LlmActors.IntegrationTests.Infrastructure;
global using LlmActors.Tests.Infrastructure;
global using Xunit;
