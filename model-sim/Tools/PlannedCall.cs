namespace LlmActors.ModelSim.Tools;

/// <summary>A call the answer makes: its arguments JSON, where a stream splits it (token ends) and its completion tokens.</summary>
internal sealed record PlannedCall(string Id, string Name, string Arguments, int[] ArgumentEnds, int Tokens);
