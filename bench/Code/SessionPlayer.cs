namespace LlmActors.Bench.Code;

/// <summary>Plays one session in real time; asks the user does not wait for stay in flight until a newer one replaces them.</summary>
public static class SessionPlayer
{
    public static async Task<IReadOnlyList<AskResult>> PlayAsync(IdeClient ide, IReadOnlyList<IdeAction> actions)
    {
        var asks = new List<Task<AskResult>>();
        foreach (var action in actions)
        {
            switch (action.Kind)
            {
                case IdeActionKind.Open:
                    await ide.OpenAsync(action.Content, action.Cursor);
                    break;
                case IdeActionKind.Pause:
                    await Task.Delay(action.Ms);
                    break;
                case IdeActionKind.Ask:
                    var ask = ide.AskAsync(action.Content, action.Cursor);
                    asks.Add(ask);
                    if (action.Wait)
                    {
                        await ask;
                    }

                    break;
            }
        }

        return await Task.WhenAll(asks);
    }
}
