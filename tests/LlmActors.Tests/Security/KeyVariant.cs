namespace LlmActors.Tests.Security;

/// <summary>A key presented to a route and the status it must get there.</summary>
public sealed record KeyVariant(string Name, string? Key, HttpStatusCode Expected);
