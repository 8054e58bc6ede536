namespace LlmActors.ModelSim.Tools;

/// <summary>The functions a request offers, how it lets the model choose among them, and in which dialect.</summary>
internal sealed record ToolSet(IReadOnlyList<ToolFunction> Functions, ToolChoice Choice, bool Parallel, bool Legacy, int Tokens)
{
    public static ToolSet Empty { get; } = new([], ToolChoice.None, true, false, 0);
}
