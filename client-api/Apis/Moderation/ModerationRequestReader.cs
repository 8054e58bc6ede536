using System.Text.Json;
using LlmActors.Api.OpenAi;
using LlmActors.Moderation;

namespace LlmActors.Api.Apis.Moderation;

/// <summary>
/// Validates an OpenAI moderation body. <c>input</c> is a string, an array of strings (one result each), or an
/// array of content parts whose text parts form one input (images are refused). <c>model</c> may be omitted,
/// <c>auto</c>, or an OpenAI moderation model name, so unchanged OpenAI clients work; all mean the cascade.
/// </summary>
public static class ModerationRequestReader
{
    public const int MaxInputs = 256;
    public const int MaxInputChars = 20_000;
    public const string CascadeModel = "auto";

    private static readonly HashSet<string> Known = ["input", "model"];

    public static (ModerationRequest Request, string Model) Read(JsonElement body, string projectId, string requestId)
    {
        JsonText.RejectLoneSurrogates(body);
        JsonFields.RejectUnknown(body, Known);
        var model = JsonFields.OptionalString(body, "model", 128) ?? CascadeModel;
        if (model != CascadeModel && !model.StartsWith("omni-moderation", StringComparison.Ordinal) && !model.StartsWith("text-moderation", StringComparison.Ordinal))
        {
            throw new InvalidRequestException(
                $"The model '{model}' is not a moderation model of this gateway; omit 'model' or send 'auto' for the fast/strong cascade.",
                "model", code: "model_not_found");
        }

        return (new ModerationRequest(projectId, requestId, Inputs(body)), model);
    }

    private static string[] Inputs(JsonElement body)
    {
        if (!body.TryGetProperty("input", out var input) || input.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidRequestException("'input' is required.", "input");
        }

        string[] inputs = input.ValueKind switch
        {
            JsonValueKind.String => [input.GetString()!],
            JsonValueKind.Array when input.GetArrayLength() is > 0 and <= MaxInputs
                && input.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => [.. input.EnumerateArray().Select(e => e.GetString()!)],
            JsonValueKind.Array when input.GetArrayLength() is > 0 and <= MaxInputs
                && input.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object) => [ContentParts(input)],
            _ => throw new InvalidRequestException($"'input' must be a string or an array of 1 to {MaxInputs} strings (or text content parts).", "input"),
        };
        for (var i = 0; i < inputs.Length; i++)
        {
            if (inputs[i].Length is 0 or > MaxInputChars)
            {
                throw new InvalidRequestException($"Each input must be 1 to {MaxInputChars} characters.", inputs.Length == 1 ? "input" : $"input[{i}]");
            }
        }

        return inputs;
    }

    private static string ContentParts(JsonElement parts)
    {
        var texts = new List<string>();
        var i = 0;
        foreach (var part in parts.EnumerateArray())
        {
            var param = $"input[{i++}]";
            var type = part.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (type != "text")
            {
                throw new InvalidRequestException("Only text content parts are supported by this gateway.", $"{param}.type", code: "unsupported_parameter");
            }

            JsonFields.RejectUnknown(part, TextPartFields, param);
            texts.Add(part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                ? text.GetString()!
                : throw new InvalidRequestException($"'{param}.text' must be a string.", $"{param}.text"));
        }

        return string.Join("\n", texts);
    }

    private static readonly HashSet<string> TextPartFields = ["type", "text"];
}
