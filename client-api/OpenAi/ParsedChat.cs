using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>A validated chat completion request plus the wire options that stay in the API host.</summary>
public sealed record ParsedChat(ChatRequest Request, bool Stream, bool IncludeUsage);
