namespace LlmActors.ModelSim.Contracts;

internal sealed record TopLogprob(string Token, double Logprob, int[] Bytes);
