using System.Text.Json;
using System.Text.Json.Serialization;
using LlmActors.Api.OpenAi.Wire;

namespace LlmActors.Api.Responses.Wire;

/// <summary>
/// What the gateway reads of a Responses request; the request itself is forwarded as sent to a provider that speaks
/// Responses, or translated to Chat Completions for the others.
/// </summary>
public sealed class ResponsesRequestHead
{
    public string? Model { get; init; }

    [JsonConverter(typeof(TextOrListConverter<ResponsesItemHead>))]
    public TextOrList<ResponsesItemHead>? Input { get; init; }

    public string? Instructions { get; init; }
    public List<ResponsesToolHead?>? Tools { get; init; }
    public JsonElement? ToolChoice { get; init; }
    public ResponsesTextHead? Text { get; init; }
    public int? MaxOutputTokens { get; init; }
    public ReasoningHead? Reasoning { get; init; }
    public Dictionary<string, string?>? Metadata { get; init; }
    public string? User { get; init; }
    public bool? Store { get; init; }
    public string? PreviousResponseId { get; init; }
    public bool? ParallelToolCalls { get; init; }
    public double? Temperature { get; init; }
    public double? TopP { get; init; }
    public int? TopLogprobs { get; init; }
    public bool? Stream { get; init; }
    public bool? Background { get; init; }
    public JsonElement? Conversation { get; init; }

    /// <summary>Every other field, kept only to tell OpenAI's fields from a vendor's (a project's strictParams).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; set; }
}

/// <summary>An input item: a message (role and content), a function call, a function call's output, reasoning, or another kind.</summary>
public sealed record ResponsesItemHead
{
    public string? Type { get; init; }
    public string? Role { get; init; }

    [JsonConverter(typeof(TextOrListConverter<ResponsesPartHead>))]
    public TextOrList<ResponsesPartHead>? Content { get; init; }

    public string? CallId { get; init; }
    public string? Name { get; init; }
    public string? Arguments { get; init; }
    public JsonElement? Output { get; init; }
}

/// <summary>A content part: input_text, input_image, input_file, output_text, refusal.</summary>
public sealed record ResponsesPartHead(string? Type, string? Text, string? Refusal, string? ImageUrl, string? FileId, string? Detail, string? FileData);

/// <summary>A tool: function tools are read (name, description, parameters, strict); built-in tools are forwarded as they are.</summary>
public sealed record ResponsesToolHead(string? Type, string? Name, string? Description, JsonElement? Parameters, bool? Strict);

public sealed record ResponsesTextHead(ResponsesFormatHead? Format, string? Verbosity);

public sealed record ResponsesFormatHead(string? Type, string? Name, JsonElement? Schema, bool? Strict);

public sealed record ReasoningHead(string? Effort, string? Summary);
