// What the files linked in from the test projects (PostgresServer, CommandLine, FreePort) expect in scope.
global using System.Net;
global using LlmActors.Tests.Infrastructure;
