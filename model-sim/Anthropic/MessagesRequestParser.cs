using LlmActors.ModelSim.Chat;
using LlmActors.ModelSim.Contracts;
using LlmActors.ModelSim.Media;
using LlmActors.ModelSim.Tools;

namespace LlmActors.ModelSim.Anthropic;

/// <summary>
/// Validates a <c>/v1/messages</c> body as Anthropic does (max_tokens required, roles user/assistant, every
/// tool_result answering an earlier tool_use) and turns it into the chat request the answer generator reads: the
/// same generator as <c>/v1/chat/completions</c>, so both routes answer alike.
/// </summary>
internal static class MessagesRequestParser
{
    public static (ChatRequest Request, bool CacheMarked) Parse(MessagesBody body, ModelCatalog catalog)
    {
        var model = catalog.Require(body.Model, "/v1/messages", ModelKind.Chat, ModelKind.Code);
        var maxTokens = body.MaxTokens is { } max
            ? FieldRules.Range(max, "max_tokens", 1, 1_000_000)
            : throw SimError.BadRequest("'max_tokens' is required.", "max_tokens", "missing_required_parameter");
        FieldRules.Range(body.Temperature, "temperature", 0, 1);
        FieldRules.Range(body.TopP, "top_p", 0, 1);
        FieldRules.Range(body.TopK, "top_k", 0, 1_000_000);
        var marked = body.System?.Blocks?.Any(b => b?.CacheControl is not null) == true;
        var messages = new List<ChatMessage>();
        if (body.System is { } system)
        {
            messages.Add(new ChatMessage("system", Text(system, "system")));
        }

        var list = FieldRules.Required(body.Messages, "messages");
        if (list.Count == 0)
        {
            throw SimError.BadRequest("'messages' must hold at least one message.", "messages");
        }

        var calls = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var param = $"messages[{i}]";
            var message = list[i] ?? throw SimError.WrongType(param, "an object");
            var role = FieldRules.Required(FieldRules.OneOf(message.Role, param + ".role", "user", "assistant"), param + ".role");
            var content = FieldRules.Required(message.Content, param + ".content");
            if (content.Blocks is { Count: 0 })
            {
                throw SimError.BadRequest($"'{param}.content' must hold at least one content block.", param + ".content", "empty_array");
            }

            marked |= content.Blocks?.Any(b => b?.CacheControl is not null) == true;
            if (role == "assistant")
            {
                messages.Add(Assistant(content, param + ".content", calls));
            }
            else
            {
                User(content, param + ".content", calls, messages);
            }
        }

        var tools = Tools(body);
        marked |= body.Tools?.Any(t => t?.CacheControl is not null) == true;
        var request = new ChatRequest
        {
            Model = model,
            Messages = messages,
            Stream = body.Stream ?? false,
            MaxTokens = maxTokens,
            Stop = body.StopSequences is { Count: > 0 } stop ? [.. stop] : null,
            Tools = tools,
        };
        return (request, marked);
    }

    private static void User(AnthropicContent content, string param, HashSet<string> calls, List<ChatMessage> messages)
    {
        if (content.Blocks is not { } blocks)
        {
            messages.Add(new ChatMessage("user", content.Text ?? ""));
            return;
        }

        var texts = new List<string>();
        var media = new List<MediaPart>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var blockParam = $"{param}[{i}]";
            var block = blocks[i] ?? throw SimError.WrongType(blockParam, "a content block object");
            switch (FieldRules.Required(FieldRules.OneOf(block.Type, blockParam + ".type", "text", "image", "tool_result", "document"), blockParam + ".type"))
            {
                case "text":
                    texts.Add(FieldRules.Required(block.Text, blockParam + ".text"));
                    break;
                case "image":
                    media.Add(MediaReader.Image(new ImageUrlBody { Url = SourceUrl(block.Source, blockParam + ".source") }, blockParam));
                    break;
                case "document":
                    texts.Add(block.Source?.Type == "text" ? block.Source.Data ?? "" : "");
                    break;
                default:
                    var id = FieldRules.Required(block.ToolUseId, blockParam + ".tool_use_id");
                    if (!calls.Contains(id))
                    {
                        throw SimError.BadRequest($"tool_result block(s) provided when previous message does not contain a tool_use with id '{id}'.",
                            blockParam + ".tool_use_id", "invalid_tool_use_id");
                    }

                    messages.Add(new ChatMessage("tool", block.Content is { } result ? Text(result, blockParam + ".content") : "") { ToolCallId = id });
                    break;
            }
        }

        if (texts.Count > 0 || media.Count > 0)
        {
            messages.Add(new ChatMessage("user", string.Join("\n", texts)) { Media = media });
        }
    }

    private static ChatMessage Assistant(AnthropicContent content, string param, HashSet<string> calls)
    {
        if (content.Blocks is not { } blocks)
        {
            return new ChatMessage("assistant", content.Text ?? "");
        }

        var texts = new List<string>();
        var made = new List<ToolCall>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var blockParam = $"{param}[{i}]";
            var block = blocks[i] ?? throw SimError.WrongType(blockParam, "a content block object");
            switch (FieldRules.Required(FieldRules.OneOf(block.Type, blockParam + ".type", "text", "tool_use", "thinking", "redacted_thinking"), blockParam + ".type"))
            {
                case "text":
                    texts.Add(block.Text ?? "");
                    break;
                case "tool_use":
                    var id = FieldRules.Required(block.Id, blockParam + ".id");
                    made.Add(new ToolCall(id, FieldRules.Required(block.Name, blockParam + ".name"), block.Input?.GetRawText() ?? "{}"));
                    calls.Add(id);
                    break;
            }
        }

        return new ChatMessage("assistant", string.Join("\n", texts)) { ToolCalls = made };
    }

    private static string Text(AnthropicContent content, string param) =>
        content.Blocks is { } blocks
            ? string.Join("\n", blocks.Select((b, i) => b?.Type == "text" ? b.Text ?? "" : throw SimError.BadRequest($"'{param}[{i}]' must be a text block.", $"{param}[{i}].type")))
            : content.Text ?? "";

    private static string SourceUrl(AnthropicSourceBody? source, string param)
    {
        source = FieldRules.Required(source, param);
        return FieldRules.Required(FieldRules.OneOf(source.Type, param + ".type", "base64", "url"), param + ".type") == "url"
            ? FieldRules.Required(source.Url, param + ".url")
            : $"data:{FieldRules.Required(source.MediaType, param + ".media_type")};base64,{FieldRules.Required(source.Data, param + ".data")}";
    }

    private static ToolSet Tools(MessagesBody body)
    {
        if (body.Tools is not { Count: > 0 } tools)
        {
            return ToolSet.Empty;
        }

        var functions = new List<ToolFunction>();
        for (var i = 0; i < tools.Count; i++)
        {
            var param = $"tools[{i}]";
            var tool = tools[i] ?? throw SimError.WrongType(param, "an object");
            if (tool.Type is { } type && type != "custom")
            {
                // Server tools (web search, code execution, …) are accepted and never called, as custom tools are on the chat route.
                continue;
            }

            var name = ToolParser.ValidName(FieldRules.Required(tool.Name, param + ".name"), param + ".name");
            var schema = FieldRules.Required(tool.InputSchema, param + ".input_schema");
            functions.Add(new ToolFunction(name, tool.Description, schema, ToolTokens.Of(name, tool.Description, schema)));
        }

        var choice = body.ToolChoice;
        var mode = FieldRules.OneOf(choice?.Type, "tool_choice.type", "auto", "any", "tool", "none") ?? "auto";
        var chosen = mode switch
        {
            "any" => new ToolChoice(ToolChoiceMode.Required),
            "none" => ToolChoice.None,
            "tool" => functions.Any(f => f.Name == choice!.Name)
                ? new ToolChoice(ToolChoiceMode.Named, choice!.Name)
                : throw SimError.BadRequest($"tool_choice names '{choice!.Name}', which is not in 'tools'.", "tool_choice.name"),
            _ => ToolChoice.Auto,
        };
        return new ToolSet(functions, chosen, choice?.DisableParallelToolUse != true, false, ToolTokens.Of(functions));
    }
}
