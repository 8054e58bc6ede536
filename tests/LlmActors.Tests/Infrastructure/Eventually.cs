namespace LlmActors.Tests.Infrastructure;

/// <summary>Waits on a condition with a deadline instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Condition not met within {timeout ?? TimeSpan.FromSeconds(10)}; last value: {value}");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    public static Task<string> Get(HttpClient client, string path, Func<string, bool> done, CancellationToken cancellationToken, TimeSpan? timeout = null) =>
        Until(() => client.GetStringAsync(path, cancellationToken), done, cancellationToken, timeout);
}
