namespace LlmActors.Grains.Caching;

/// <summary>
/// A near neighbour may answer a question only if both are about the same subjects ("how do I cancel my
/// return?" is close to "how do I cancel my order?" in words, but is about a return) and the cached question
/// covers every aspect the question asks ("~" topics: when, where, change...). Questions without recognised
/// topics are left to the similarity threshold alone.
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

        foreach (var topic in cached)
        {
            if (!IsAspect(topic) && !question.Contains(topic))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAspect(string topic) => topic.AsSpan(3).StartsWith("~");
}
