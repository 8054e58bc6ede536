namespace LlmActors.ModelSim.Contracts;

internal sealed record AudioDelta(string? Id, string? Transcript, string? Data, long? ExpiresAt);
