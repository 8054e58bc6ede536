namespace LlmActors.IntegrationTests.Infrastructure;

/// <summary>Waits on a condition with a deadline instead of sleeping: fast when things are fast, bounded when they are not.</summary>
public static class Eventually
{
    public static async Task<TimeSpan> Until(string what, TimeSpan timeout, Func<Task<bool>> condition, Func<string>? diagnostics = null)
    {
        var started = TimeProvider.System.GetTimestamp();
        Exception? last = null;
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return TimeProvider.System.GetElapsedTime(started);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                last = e;
            }

            if (TimeProvider.System.GetElapsedTime(started) > timeout)
            {
                var detail = diagnostics?.Invoke() is { Length: > 0 } d ? "\n--- recent output ---\n" + d : "";
                throw new TimeoutException($"Not {what} within {timeout.TotalSeconds:0.#} s. Last error: {last?.Message ?? "none"}{detail}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
