namespace LlmActors.Bench.Code;

/// <summary>
/// One step of a replayed editing session. An <see cref="IdeActionKind.Ask"/> the user does not wait for
/// (<see cref="Wait"/> false) stays in flight while typing goes on, as an editor's would.
/// </summary>
public sealed record IdeAction(IdeActionKind Kind, string Content = "", int Cursor = 0, int Ms = 0, bool Wait = false)
{
    public static IdeAction Open(string content, int cursor) => new(IdeActionKind.Open, content, cursor);

    public static IdeAction Pause(int ms) => new(IdeActionKind.Pause, Ms: ms);

    public static IdeAction Ask(string content, int cursor, bool wait) => new(IdeActionKind.Ask, content, cursor, Wait: wait);
}
