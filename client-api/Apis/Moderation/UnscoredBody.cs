namespace LlmActors.Api.Apis.Moderation;

/// <summary>How many items each model could not score (it was down or gave no readable score).</summary>
public sealed record UnscoredBody(int Fast, int Strong);
