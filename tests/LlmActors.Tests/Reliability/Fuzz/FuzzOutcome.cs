namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>What came back for one input; <see cref="Failure"/> is set when the transport broke instead.</summary>
public sealed record FuzzOutcome(FuzzInput Input, int Status, string Body, TimeSpan Elapsed, string? Failure = null)
{
    public bool Rejected => Status >= 400 || Failure is not null;

    public override string ToString() => $"{Input} → {(Failure ?? Status.ToString())} {Truncate(Body)}";

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
