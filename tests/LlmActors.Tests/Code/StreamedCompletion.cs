namespace LlmActors.Tests.Code;

public sealed record StreamedCompletion(IReadOnlyList<string> Deltas, CompletionAnswer? Final, bool Done, double? FirstDeltaMs)
{
    public string Text => string.Concat(Deltas);
}
