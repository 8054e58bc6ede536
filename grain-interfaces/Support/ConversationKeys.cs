namespace LlmActors.Support;

/// <summary>Conversation grains are keyed by project and conversation, so another project's key reaches another grain.</summary>
public static class ConversationKeys
{
    public static IConversationRouterGrain Conversation(this IGrainFactory grains, string projectId, string conversationId) =>
        Identifiers.IsValid(projectId) && Identifiers.IsValid(conversationId)
            ? grains.GetGrain<IConversationRouterGrain>(projectId + "/" + conversationId)
            : throw new ArgumentException("Project and conversation ids must be valid identifiers.");
}
