namespace LlmActors.ModelSim.Contracts;

internal sealed record AudioResult(string Id, string Data, long ExpiresAt, string Transcript);
