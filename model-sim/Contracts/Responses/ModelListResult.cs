namespace LlmActors.ModelSim.Contracts;

internal sealed record ModelListResult(string Object, List<ModelResult> Data);
