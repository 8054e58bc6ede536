using LlmActors.Api.Anthropic.Wire;
using LlmActors.Api.OpenAi;
using LlmActors.Api.OpenAi.Wire;
using LlmActors.Chat;

namespace LlmActors.Api.Anthropic;

/// <summary>
/// Validates an Anthropic Messages request as far as the gateway's features need (a 400 naming the field before any
/// budget or model is touched) and reads the text, tools and media the estimate counts. Everything else —
/// cache_control marks, citations, beta fields — is forwarded untouched to an Anthropic provider.
/// </summary>
public static class MessagesRequestReader
{
    /// <summary>Anthropic's own Messages fields; anything else is a vendor's (refused only under strictParams).</summary>
    public static readonly HashSet<string> AnthropicFields =
    [
        "model", "messages", "max_tokens", "system", "tools", "tool_choice", "stop_sequences", "temperature", "top_p",
        "top_k", "metadata", "stream", "thinking", "service_tier", "container", "mcp_servers", "context_management",
    ];

    private static readonly HashSet<string> ChoiceTypes = ["auto", "any", "tool", "none"];

    /// <param name="counting">For <c>count_tokens</c>, which takes no <c>max_tokens</c>.</param>
    public static ParsedChat Read(byte[] body, string projectId, string requestId, bool counting = false)
    {
        var head = WireErrors.ReadWhole(body, AnthropicJsonContext.Default.MessagesRequestHead);
        var model = RequestRules.Model(head.Model);
        var maxTokens = counting ? null : RequestRules.Range(head.MaxTokens ?? throw new InvalidRequestException("max_tokens: Field required.", "max_tokens"),
            1, ChatRequestReader.MaxOutputTokens, "max_tokens");
        RequestRules.Range(head.Temperature, 0, 1, "temperature");
        RequestRules.Range(head.TopP, 0, 1, "top_p");
        RequestRules.Range(head.TopK, 0, int.MaxValue, "top_k");
        Stops(head.StopSequences);
        var read = new MessageTexts();
        if (head.System is { } system)
        {
            read.Add("system", system, "system");
        }

        Messages(head.Messages, read);
        Tools(head, read);
        if (head.Thinking is { ValueKind: System.Text.Json.JsonValueKind.Object })
        {
            read.Needs |= ModelCapabilities.Reasoning;
        }

        var stream = !counting && head.Stream == true;
        var shape = new PromptShape(read.Needs, [.. read.Extra], read.Media, 1, RequestRules.Unknown(head.Others, AnthropicFields));
        var sampling = new ChatSampling(maxTokens, (float?)head.Temperature, (float?)head.TopP);
        var request = new ChatRequest(projectId, BudgetUser(head.Metadata?.UserId), requestId, model, [.. read.Messages], sampling, body, shape, ChatEndpoint.Messages);
        return new ParsedChat(request, stream, IncludeUsage: false);
    }

    /// <summary>
    /// <c>metadata.user_id</c> names the user's budget when it is a valid id; Anthropic clients send long opaque ids
    /// (Claude Code's exceed 128 characters), so one that is not is forwarded but names no budget rather than refused.
    /// </summary>
    private static string? BudgetUser(string? userId) => userId is not null && Identifiers.IsValid(userId) ? userId : null;

    private static void Stops(List<string?>? stops)
    {
        for (var i = 0; i < (stops?.Count ?? 0); i++)
        {
            if (stops![i] is not { Length: > 0 })
            {
                throw new InvalidRequestException($"stop_sequences[{i}] must be a non-empty string.", $"stop_sequences[{i}]");
            }
        }
    }

    private static void Messages(List<AnthropicMessageHead?>? list, MessageTexts read)
    {
        if (list is null)
        {
            throw new InvalidRequestException("messages: Field required.", "messages");
        }

        if (list.Count is 0 or > ChatRequestReader.MaxMessages)
        {
            throw new InvalidRequestException($"messages must hold 1 to {ChatRequestReader.MaxMessages} messages.", "messages");
        }

        for (var i = 0; i < list.Count; i++)
        {
            var param = $"messages[{i}]";
            var message = list[i] ?? throw new InvalidRequestException($"{param} must be an object.", param);
            if (message.Role is not ("user" or "assistant"))
            {
                throw new InvalidRequestException($"{param}.role must be user or assistant.", $"{param}.role");
            }

            var content = message.Content ?? throw new InvalidRequestException($"{param}.content: Field required.", $"{param}.content");
            if (content.Items is { Count: 0 })
            {
                throw new InvalidRequestException($"{param}.content must hold at least one content block.", $"{param}.content");
            }

            read.Add(message.Role, content, $"{param}.content");
        }
    }

    private static void Tools(MessagesRequestHead head, MessageTexts read)
    {
        for (var i = 0; i < (head.Tools?.Count ?? 0); i++)
        {
            var param = $"tools[{i}]";
            var tool = head.Tools![i] ?? throw new InvalidRequestException($"{param} must be an object.", param);
            if (tool.Type is null or "custom")
            {
                if (tool.Name is not { Length: > 0 })
                {
                    throw new InvalidRequestException($"{param}.name: Field required.", $"{param}.name");
                }

                if (tool.InputSchema is not { ValueKind: System.Text.Json.JsonValueKind.Object } schema)
                {
                    throw new InvalidRequestException($"{param}.input_schema: Field required.", $"{param}.input_schema");
                }

                read.Extra.Add($"{tool.Name} {tool.Description} {schema.GetRawText()}");
            }

            read.Needs |= ModelCapabilities.Tools;
        }

        if (head.ToolChoice is { } choice)
        {
            if (choice.Type is not { } type || !ChoiceTypes.Contains(type))
            {
                throw new InvalidRequestException("tool_choice.type must be auto, any, tool or none.", "tool_choice.type");
            }

            if (type == "tool" && choice.Name is not { Length: > 0 })
            {
                throw new InvalidRequestException("tool_choice.name: Field required for type tool.", "tool_choice.name");
            }
        }
    }

    /// <summary>Reads blocks into the text view the estimate counts, checking each kind's required fields.</summary>
    private sealed class MessageTexts
    {
        private int _chars;

        public List<ChatMessage> Messages { get; } = [];
        public List<string> Extra { get; } = [];
        public ModelCapabilities Needs { get; set; }
        public int Media { get; private set; }

        public void Add(string role, TextOrList<AnthropicBlockHead> content, string param)
        {
            var text = content.Text ?? string.Join("\n", (content.Items ?? []).Select((b, i) => Block(b, $"{param}[{i}]")).Where(t => t.Length > 0));
            _chars += text.Length;
            if (_chars > ChatRequestReader.MaxContentChars)
            {
                throw new InvalidRequestException($"The messages hold more than {ChatRequestReader.MaxContentChars} characters.", "messages");
            }

            Messages.Add(new ChatMessage(role, text));
        }

        private string Block(AnthropicBlockHead? block, string param)
        {
            switch (block?.Type)
            {
                case null:
                    throw new InvalidRequestException($"{param}.type: Field required.", $"{param}.type");
                case "text":
                    return block.Text ?? throw new InvalidRequestException($"{param}.text: Field required.", $"{param}.text");
                case "image":
                    Needs |= ModelCapabilities.Vision;
                    Media += MediaTokens.Image(new ImageUrlHead(Source(block.Source, $"{param}.source"), null));
                    return "";
                case "document":
                    Needs |= ModelCapabilities.Files;
                    return block.Source is { Type: "text", Data: { } data } ? data : Files(block.Source);
                case "tool_use":
                    if (block.Id is not { Length: > 0 } || block.Name is not { Length: > 0 })
                    {
                        throw new InvalidRequestException($"{param} needs id and name.", block.Id is null ? $"{param}.id" : $"{param}.name");
                    }

                    Needs |= ModelCapabilities.Tools;
                    Extra.Add(block.Name + (block.Input?.GetRawText() ?? ""));
                    return "";
                case "tool_result":
                    if (block.ToolUseId is not { Length: > 0 })
                    {
                        throw new InvalidRequestException($"{param}.tool_use_id: Field required.", $"{param}.tool_use_id");
                    }

                    Needs |= ModelCapabilities.Tools;
                    return block.Content is { } result ? result.Text ?? string.Join("\n", (result.Items ?? []).Select(b => b?.Text).Where(t => t is not null)) : "";
                case "thinking":
                    return block.Thinking ?? "";
                default:
                    // redacted thinking, server tool blocks and kinds added later: forwarded as they are.
                    return block.Text ?? "";
            }
        }

        private string Files(AnthropicSourceHead? source)
        {
            Media += source?.Data is { } data ? data.Length * 3 / 4 / 4 : MediaTokens.FileById;
            return "";
        }

        private static string Source(AnthropicSourceHead? source, string param) => source switch
        {
            { Type: "base64", MediaType: { } media, Data: { } data } => $"data:{media};base64,{data}",
            { Type: "url", Url: { Length: > 0 } url } => url,
            { Type: "base64" } => throw new InvalidRequestException($"{param} needs media_type and data.", $"{param}.data"),
            { Type: "url" } => throw new InvalidRequestException($"{param}.url: Field required.", $"{param}.url"),
            null => throw new InvalidRequestException($"{param}: Field required.", param),
            _ => throw new InvalidRequestException($"{param}.type must be base64 or url.", $"{param}.type"),
        };
    }
}
