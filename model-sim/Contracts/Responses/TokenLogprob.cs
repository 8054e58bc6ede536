namespace LlmActors.ModelSim.Contracts;

internal sealed record TokenLogprob(string Token, double Logprob, int[] Bytes, List<TopLogprob> TopLogprobs);
