using System.Text.Json;
using LlmActors.Api.OpenAi;
using LlmActors.Api.OpenAi.Wire;
using LlmActors.Api.Responses.Wire;
using LlmActors.Chat;
using LlmActors.Responses;

namespace LlmActors.Api.Responses;

/// <summary>
/// Validates a Responses request as far as the gateway's features need (a 400 naming the field before any budget or
/// model is touched) and reads what they need: the model, limits, user, streaming, storing, the response it continues
/// and the request's shape (capabilities, tool schemas, images). The conversation's text is read in the grain, once
/// the earlier turns are in front of it. Everything else is forwarded untouched.
/// </summary>
public static class ResponsesRequestReader
{
    /// <summary>OpenAI's own Responses fields; anything else is a vendor's (refused only under strictParams).</summary>
    public static readonly HashSet<string> OpenAiFields =
    [
        "model", "input", "instructions", "tools", "tool_choice", "text", "max_output_tokens", "max_tool_calls", "reasoning",
        "metadata", "user", "store", "previous_response_id", "parallel_tool_calls", "temperature", "top_p", "top_logprobs",
        "stream", "stream_options", "background", "conversation", "include", "truncation", "service_tier", "safety_identifier",
        "prompt_cache_key", "prompt_cache_retention", "prompt",
    ];

    private static readonly HashSet<string> Roles = ["user", "assistant", "system", "developer"];
    private static readonly HashSet<string> Efforts = ["none", "minimal", "low", "medium", "high", "xhigh"];
    private static readonly HashSet<string> Formats = ["text", "json_object", "json_schema"];

    public static ParsedResponses Read(byte[] body, string projectId, string requestId, string responseId, long createdAt)
    {
        var head = WireErrors.ReadWhole(body, ResponsesJsonContext.Default.ResponsesRequestHead);
        var model = RequestRules.Model(head.Model);
        RequestRules.Range(head.Temperature, 0, 2, "temperature");
        RequestRules.Range(head.TopP, 0, 1, "top_p");
        RequestRules.Range(head.TopLogprobs, 0, 20, "top_logprobs");
        var maxTokens = RequestRules.Range(head.MaxOutputTokens, 1, ChatRequestReader.MaxOutputTokens, "max_output_tokens");
        var user = RequestRules.User(head.User);
        Unsupported(head);
        Metadata(head.Metadata);
        if (head.PreviousResponseId is { } previous && !ResponseKeys.IsValid(previous))
        {
            throw new InvalidRequestException("'previous_response_id' must be a response id (resp_…).", "previous_response_id", code: "invalid_value");
        }

        var shape = new ShapeRead();
        Input(head.Input, shape);
        Tools(head, shape);
        Format(head.Text?.Format, shape);
        if (head.Reasoning?.Effort is { } effort)
        {
            if (!Efforts.Contains(effort))
            {
                throw new InvalidRequestException("'reasoning.effort' must be none, minimal, low, medium, high or xhigh.", "reasoning.effort", code: "invalid_value");
            }

            shape.Needs |= ModelCapabilities.Reasoning;
        }

        var promptShape = new PromptShape(shape.Needs, [.. shape.Extra], shape.Media, 1, RequestRules.Unknown(head.Others, OpenAiFields), head.TopLogprobs is > 0);
        var sampling = new ChatSampling(maxTokens, (float?)head.Temperature, (float?)head.TopP);
        var request = new ChatRequest(projectId, user, requestId, model, [], sampling, body, promptShape, ChatEndpoint.Responses);
        return new ParsedResponses(new ResponsesCall(request, responseId, head.PreviousResponseId, head.Store != false, createdAt), head.Stream == true);
    }

    private static void Unsupported(ResponsesRequestHead head)
    {
        if (head.Background == true)
        {
            throw new InvalidRequestException("Background responses are not supported by this gateway; send the request without 'background'.", "background", code: "unsupported_parameter");
        }

        if (head.Conversation is { ValueKind: not JsonValueKind.Null })
        {
            throw new InvalidRequestException("Conversations are not supported by this gateway; continue a response with 'previous_response_id'.", "conversation", code: "unsupported_parameter");
        }
    }

    /// <summary>OpenAI's bounds: at most 16 pairs, keys up to 64 characters, string values up to 512.</summary>
    private static void Metadata(Dictionary<string, string?>? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        if (metadata.Count > 16)
        {
            throw new InvalidRequestException("'metadata' holds at most 16 pairs.", "metadata", code: "invalid_value");
        }

        foreach (var (key, value) in metadata)
        {
            if (key.Length is 0 or > 64 || value is not { Length: <= 512 })
            {
                throw new InvalidRequestException("'metadata' keys are 1-64 characters and values strings of up to 512.", $"metadata.{(key.Length <= 64 ? key : key[..64])}", code: "invalid_value");
            }
        }
    }

    private static void Input(TextOrList<ResponsesItemHead>? input, ShapeRead shape)
    {
        if (input is null || (input.Items is { Count: 0 }))
        {
            throw new InvalidRequestException("'input' is required: a string or an array of input items.", "input");
        }

        var items = input.Items ?? [];
        if (items.Count > ChatRequestReader.MaxMessages)
        {
            throw new InvalidRequestException($"'input' holds at most {ChatRequestReader.MaxMessages} items.", "input");
        }

        var chars = input.Text?.Length ?? 0;
        for (var i = 0; i < items.Count; i++)
        {
            var param = $"input[{i}]";
            var item = items[i] ?? throw new InvalidRequestException($"'{param}' must be an object.", param);
            chars += Item(item, param, shape);
            if (chars > ChatRequestReader.MaxContentChars)
            {
                throw new InvalidRequestException($"The input holds more than {ChatRequestReader.MaxContentChars} characters.", "input");
            }
        }
    }

    /// <summary>Checks an item's required fields; returns the characters of text it holds.</summary>
    private static int Item(ResponsesItemHead item, string param, ShapeRead shape)
    {
        switch (item.Type ?? (item.Role is null ? null : "message"))
        {
            case null:
                throw new InvalidRequestException($"'{param}.type' is required.", $"{param}.type");
            case "message":
                if (item.Role is not { } role || !Roles.Contains(role))
                {
                    throw new InvalidRequestException($"'{param}.role' must be user, assistant, system or developer.", $"{param}.role");
                }

                var content = item.Content ?? throw new InvalidRequestException($"'{param}.content' is required.", $"{param}.content");
                return content.Text?.Length ?? (content.Items ?? []).Select((p, j) => Part(p, $"{param}.content[{j}]", shape)).Sum();
            case "function_call":
                Required(item.CallId, $"{param}.call_id");
                Required(item.Name, $"{param}.name");
                Required(item.Arguments, $"{param}.arguments");
                shape.Needs |= ModelCapabilities.Tools;
                shape.Extra.Add(item.Name + item.Arguments);
                return 0;
            case "function_call_output":
                Required(item.CallId, $"{param}.call_id");
                if (item.Output is not { ValueKind: JsonValueKind.String or JsonValueKind.Array } output)
                {
                    throw new InvalidRequestException($"'{param}.output' is required: a string or an array of parts.", $"{param}.output");
                }

                shape.Needs |= ModelCapabilities.Tools;
                return output.ValueKind == JsonValueKind.String ? RequestRules.Text(output, $"{param}.output").Length : output.GetRawText().Length;
            case "item_reference":
                throw new InvalidRequestException("Item references are not supported by this gateway; send the items, or continue with 'previous_response_id'.", $"{param}.type",
                    code: "unsupported_parameter");
            default:
                // reasoning items and kinds a provider that speaks Responses may take: forwarded as they are.
                return 0;
        }
    }

    private static int Part(ResponsesPartHead? part, string param, ShapeRead shape)
    {
        switch (part?.Type)
        {
            case null:
                throw new InvalidRequestException($"'{param}.type' is required.", $"{param}.type");
            case "input_text" or "output_text":
                return (part.Text ?? throw new InvalidRequestException($"'{param}.text' is required.", $"{param}.text")).Length;
            case "input_image":
                if (part.ImageUrl is null && part.FileId is null)
                {
                    throw new InvalidRequestException($"'{param}' needs 'image_url' or 'file_id'.", $"{param}.image_url");
                }

                shape.Needs |= ModelCapabilities.Vision;
                shape.Media += part.ImageUrl is { } url ? MediaTokens.Image(new ImageUrlHead(url, part.Detail)) : MediaTokens.LargestImage;
                return 0;
            case "input_file":
                shape.Needs |= ModelCapabilities.Files;
                shape.Media += MediaTokens.File(new FileHead(part.FileId, part.FileData, null));
                return 0;
            default:
                return part.Text?.Length ?? part.Refusal?.Length ?? 0;
        }
    }

    private static void Tools(ResponsesRequestHead head, ShapeRead shape)
    {
        for (var i = 0; i < (head.Tools?.Count ?? 0); i++)
        {
            var tool = head.Tools![i] ?? throw new InvalidRequestException($"'tools[{i}]' must be an object.", $"tools[{i}]");
            if (tool.Type is null)
            {
                throw new InvalidRequestException($"'tools[{i}].type' is required.", $"tools[{i}].type");
            }

            if (tool.Type == "function" && tool.Name is not { Length: > 0 })
            {
                throw new InvalidRequestException($"'tools[{i}].name' is required.", $"tools[{i}].name");
            }

            shape.Extra.Add($"{tool.Name} {tool.Description} {tool.Parameters?.GetRawText()}");
            shape.Needs |= ModelCapabilities.Tools;
        }

        switch (head.ToolChoice)
        {
            case null or { ValueKind: JsonValueKind.Null }:
                break;
            case { ValueKind: JsonValueKind.String } mode when RequestRules.Text(mode, "tool_choice") is "none" or "auto" or "required":
                break;
            case { ValueKind: JsonValueKind.Object } choice when choice.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String:
                break;
            default:
                throw new InvalidRequestException("'tool_choice' must be none, auto, required, or an object with a 'type'.", "tool_choice", code: "invalid_value");
        }
    }

    private static void Format(ResponsesFormatHead? format, ShapeRead shape)
    {
        if (format is null)
        {
            return;
        }

        if (format.Type is not { } type || !Formats.Contains(type))
        {
            throw new InvalidRequestException("'text.format.type' must be text, json_object or json_schema.", "text.format.type", code: "invalid_value");
        }

        if (type == "json_schema")
        {
            Required(format.Name, "text.format.name");
            if (format.Schema is not { ValueKind: JsonValueKind.Object } schema)
            {
                throw new InvalidRequestException("'text.format.schema' is required: a JSON schema object.", "text.format.schema");
            }

            shape.Needs |= ModelCapabilities.JsonSchema;
            shape.Extra.Add(schema.GetRawText());
        }
    }

    private static void Required(string? value, string param)
    {
        if (value is null)
        {
            throw new InvalidRequestException($"'{param}' is required.", param);
        }
    }

    private sealed class ShapeRead
    {
        public ModelCapabilities Needs { get; set; }
        public List<string> Extra { get; } = [];
        public int Media { get; set; }
    }
}
