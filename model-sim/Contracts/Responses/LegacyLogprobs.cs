namespace LlmActors.ModelSim.Contracts;

/// <summary>The legacy logprobs block: parallel arrays, <c>top_logprobs</c> as token → logprob maps.</summary>
internal sealed record LegacyLogprobs(List<string> Tokens, List<double> TokenLogprobs, List<Dictionary<string, double>> TopLogprobs, List<int> TextOffset);
