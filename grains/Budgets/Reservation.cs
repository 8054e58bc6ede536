namespace LlmActors.Grains.Budgets;

/// <summary>An estimate held in memory until its request commits, releases or it expires.</summary>
public readonly record struct Reservation(long Tokens, decimal CostUsd, DateTimeOffset ExpiresAt);
