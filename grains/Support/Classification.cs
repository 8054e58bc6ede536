using LlmActors.Models;

namespace LlmActors.Grains.Support;

/// <summary>A routing decision and the reason for it, in words an operator can read in a log or a response.</summary>
public sealed record Classification(ModelTier Tier, bool IsFaq, string Reason);
