using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Chat;

/// <summary>A token's logprob entry and where the token starts in the text, so a stream hands each chunk its own tokens.</summary>
internal sealed record PositionedLogprob(int Start, TokenLogprob Entry);
