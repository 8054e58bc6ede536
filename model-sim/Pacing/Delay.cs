namespace LlmActors.ModelSim.Pacing;

/// <summary>Async waits only: a paced stream holds a timer, never a thread.</summary>
internal static class Delay
{
    /// <summary>Waits until <paramref name="dueMs"/> after <paramref name="startTimestamp"/>; returns at once when already due.</summary>
    public static Task Until(long startTimestamp, double dueMs, CancellationToken cancellationToken)
    {
        var wait = dueMs - System.Diagnostics.Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        return wait >= 1 ? Task.Delay(TimeSpan.FromMilliseconds(wait), cancellationToken) : Task.CompletedTask;
    }
}
