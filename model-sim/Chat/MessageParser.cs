using LlmActors.ModelSim.Contracts;
using LlmActors.ModelSim.Media;
using LlmActors.ModelSim.Tools;

namespace LlmActors.ModelSim.Chat;

/// <summary>
/// Validates <c>messages</c> as OpenAI does: known roles, content parts, assistant calls with ids, and every
/// <c>tool</c> message answering a call made earlier (a stray <c>tool_call_id</c> is a 400 naming it).
/// </summary>
internal static class MessageParser
{
    private static readonly string[] Roles = ["system", "developer", "user", "assistant", "tool", "function"];

    public static List<ChatMessage> Parse(List<ChatMessageBody?>? messages)
    {
        messages = FieldRules.Required(messages, "messages");
        if (messages.Count == 0)
        {
            throw SimError.BadRequest("'messages' must be a non-empty array.", "messages", "empty_array");
        }

        var list = new List<ChatMessage>(messages.Count);
        var calls = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < messages.Count; i++)
        {
            var param = $"messages[{i}]";
            var body = messages[i] ?? throw SimError.WrongType(param, "an object");
            var role = FieldRules.Required(FieldRules.OneOf(body.Role, param + ".role", Roles), param + ".role");
            var (text, media) = ContentReader.Read(body.Content, param + ".content");
            var message = new ChatMessage(role, text) { Name = body.Name, Media = media };
            message = role switch
            {
                "assistant" => message with { ToolCalls = Calls(body, param, calls) },
                "tool" => message with { ToolCallId = Answered(body.ToolCallId, param + ".tool_call_id", calls) },
                "function" => message with { Name = FieldRules.Required(body.Name, param + ".name") },
                _ => message,
            };
            list.Add(message);
        }

        return list;
    }

    private static List<ToolCall> Calls(ChatMessageBody body, string param, HashSet<string> known)
    {
        var calls = new List<ToolCall>();
        for (var j = 0; j < (body.ToolCalls?.Count ?? 0); j++)
        {
            var callParam = $"{param}.tool_calls[{j}]";
            var call = body.ToolCalls![j] ?? throw SimError.WrongType(callParam, "an object");
            var id = FieldRules.Required(call.Id, callParam + ".id");
            FieldRules.OneOf(call.Type, callParam + ".type", "function", "custom");
            var function = FieldRules.Required(call.Function, callParam + ".function");
            calls.Add(new ToolCall(id, FieldRules.Required(function.Name, callParam + ".function.name"), function.Arguments ?? ""));
            known.Add(id);
        }

        if (body.FunctionCall is { } legacy)
        {
            calls.Add(new ToolCall(null, FieldRules.Required(legacy.Name, param + ".function_call.name"), legacy.Arguments ?? ""));
        }

        return calls;
    }

    private static string Answered(string? id, string param, HashSet<string> calls)
    {
        id = FieldRules.Required(id, param);
        return calls.Contains(id)
            ? id
            : throw SimError.BadRequest(
                $"Invalid parameter: messages with role 'tool' must be a response to a preceding message with 'tool_calls'; no earlier call has the id '{id}'.",
                param, "invalid_tool_call_id");
    }
}
