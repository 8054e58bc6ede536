using LlmActors.Grains.Models;

namespace LlmActors.Grains.Moderation;

/// <summary>A labelled item with both models' scores, taken once; every way of deciding is replayed from these.</summary>
public sealed record ScoredItem(bool Flagged, StageScore Fast, StageScore Strong);
