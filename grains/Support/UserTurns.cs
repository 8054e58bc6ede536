using System.Security.Cryptography;
using System.Text;
using LlmActors.Chat;

namespace LlmActors.Grains.Support;

/// <summary>Reads a message list as a conversation: the customer's latest message and how many came before it.</summary>
public static class UserTurns
{
    public static (string Question, int PriorTurns) Last(IReadOnlyList<ChatMessage> messages)
    {
        var users = messages.Where(m => m.Role == "user").ToList();
        return users.Count == 0 ? ("", 0) : (users[^1].Content, users.Count - 1);
    }

    /// <summary>
    /// <c>model: "auto"</c> caches per everything besides the question that changes the answer: the namespace is a
    /// hash of every other message in order (system, developer and assistant turns, and where the user's stands),
    /// the response format, the seed and the sampling settings a request sets (temperature, top_p and the
    /// penalties: a temperature of 2 gives an answer nobody asking plainly wants). Not the output cap: a capped
    /// answer that ended on its own is the whole answer, and a cut one is never kept. Stop sequences never get
    /// here (<see cref="CacheabilityRule"/>).
    /// </summary>
    public static string CacheNamespace(ChatRequest request)
    {
        var s = request.Sampling;
        var key = new StringBuilder();
        foreach (var message in request.Messages)
        {
            key.Append(message.Role).Append('\u001f').Append(message.Role == "user" ? "" : message.Content).Append('\u001e');
        }

        key.Append(FormattableString.Invariant($"json={s.JsonObject};seed={s.Seed};t={s.Temperature};p={s.TopP};f={s.FrequencyPenalty};r={s.PresencePenalty}"));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString()));
        return "auto-" + Convert.ToHexStringLower(hash, 0, 8);
    }
}
