namespace LlmActors.Bench.Code;

public enum IdeActionKind
{
    /// <summary>The editor opens the file: <c>POST /v1/code/files/open</c>.</summary>
    Open,
    /// <summary>The user types, reads or thinks.</summary>
    Pause,
    /// <summary>The editor asks for a completion (the debounce has passed).</summary>
    Ask,
}
