namespace LlmActors.ModelSim.Chat;

internal sealed record ChatMessage(string Role, string Content);
