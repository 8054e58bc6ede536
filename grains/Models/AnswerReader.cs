using System.Text;
using System.Text.Json;

namespace LlmActors.Grains.Models;

/// <summary>Reads the parts of a provider answer the gateway needs: usage for metering, text for its caches and history.</summary>
public static class AnswerReader
{
    /// <summary>The head of an answer or chunk; null when the bytes are not the JSON object a provider sends.</summary>
    public static AnswerHead? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, GatewayJsonContext.Default.AnswerHead);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first choice's text: message content (chat), text (legacy completions), or delta content (a chunk).</summary>
    public static string? FirstText(AnswerHead head)
    {
        var choice = head.Choices?.FirstOrDefault(c => c.Index == 0);
        return choice is null ? null : choice.Text ?? choice.Message?.Content ?? choice.Delta?.Content;
    }

    public static string? FirstFinishReason(AnswerHead head) => head.Choices?.FirstOrDefault(c => c.Index == 0)?.FinishReason;

    /// <summary>Whether a chunk carries anything of the answer (text, reasoning, a refusal, a tool call, audio) or ends a choice.</summary>
    public static bool HasOutput(AnswerHead chunk) => chunk.Choices?.Any(c =>
        !string.IsNullOrEmpty(c.Text) || c.FinishReason is not null || (c.Delta is { } d && (!string.IsNullOrEmpty(d.Content)
            || !string.IsNullOrEmpty(d.Refusal) || d.ToolCalls is { Count: > 0 } || d.FunctionCall is not null || !string.IsNullOrEmpty(d.ReasoningContent)
            || d.Audio is { ValueKind: not JsonValueKind.Null }))) == true;

    /// <summary>Every output text of every choice (content, refusals, tool names and arguments), for counting what was produced.</summary>
    public static void AppendOutput(AnswerHead head, StringBuilder into)
    {
        foreach (var choice in head.Choices ?? [])
        {
            into.Append(choice.Text);
            foreach (var message in (AnswerMessage?[])[choice.Message, choice.Delta])
            {
                if (message is null)
                {
                    continue;
                }

                into.Append(message.Content).Append(message.Refusal).Append(message.ReasoningContent);
                foreach (var call in message.ToolCalls ?? [])
                {
                    into.Append(call.Function?.Name).Append(call.Function?.Arguments);
                }

                into.Append(message.FunctionCall?.Name).Append(message.FunctionCall?.Arguments);
            }
        }
    }
}
