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
    /// Requests whose instructions differ get different answers, so <c>model: "auto"</c> caches per system prompt:
    /// the namespace is a hash of the system and developer messages.
    /// </summary>
    public static string CacheNamespace(IReadOnlyList<ChatMessage> messages)
    {
        var instructions = string.Join('\u001f', messages.Where(m => m.Role is "system" or "developer").Select(m => m.Content));
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(instructions));
        return "auto-" + Convert.ToHexStringLower(hash, 0, 8);
    }
}
