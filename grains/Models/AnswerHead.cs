namespace LlmActors.Grains.Models;

/// <summary>
/// What the gateway reads of a provider's answer or stream chunk (chat or legacy completions): the choices' text
/// and ends, the usage, an error. Everything else in the answer is passed on unread.
/// </summary>
public sealed record AnswerHead(List<AnswerChoice>? Choices, AnswerUsage? Usage, AnswerError? Error);

public sealed record AnswerChoice(int Index, AnswerMessage? Message, AnswerMessage? Delta, string? Text, string? FinishReason);

public sealed record AnswerMessage(
    string? Content,
    string? Refusal,
    List<AnswerToolCall>? ToolCalls,
    AnswerFunction? FunctionCall,
    System.Text.Json.JsonElement? Audio,
    string? ReasoningContent = null);

public sealed record AnswerToolCall(int? Index, string? Id, AnswerFunction? Function);

public sealed record AnswerFunction(string? Name, string? Arguments);

public sealed record AnswerUsage(int PromptTokens, int CompletionTokens, AnswerPromptDetails? PromptTokensDetails, AnswerCompletionDetails? CompletionTokensDetails);

public sealed record AnswerPromptDetails(int CachedTokens);

public sealed record AnswerCompletionDetails(int ReasoningTokens);

public sealed record AnswerError(string? Message, string? Type, string? Code);
