namespace LlmActors.ModelSim.Contracts;

/// <summary>An OpenAI model object plus <c>llmactors_sim</c>, the simulated profile and (informational) prices.</summary>
internal sealed record ModelResult(string Id, string Object, long Created, string OwnedBy, SimProfileResult LlmactorsSim);
