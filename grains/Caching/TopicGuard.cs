namespace LlmActors.Grains.Caching;

/// <summary>
/// A near neighbour may answer a question only if the question names no topic the cached question lacks:
/// "how do I cancel my return?" is close to "how do I cancel my order?" in words, but names a return.
/// Questions without recognised topics are left to the similarity threshold alone.
/// </summary>
public static class TopicGuard
{
    public static bool Allows(IReadOnlyList<string> question, IReadOnlyList<string> cached)
    {
        foreach (var topic in question)
        {
            if (!cached.Contains(topic))
            {
                return false;
            }
        }

        return true;
    }
}
