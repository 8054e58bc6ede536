namespace LlmActors.Budgets;

/// <summary>A project's spend over [From, To), grouped by UTC day, model or user.</summary>
[GenerateSerializer, Immutable, Alias("spend.query")]
public sealed record SpendQuery(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To,
    [property: Id(3)] SpendGroupBy GroupBy);
