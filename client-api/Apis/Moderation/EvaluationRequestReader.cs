using System.Text.Json;
using LlmActors.Api.OpenAi;
using LlmActors.Moderation;

namespace LlmActors.Api.Apis.Moderation;

/// <summary>
/// Validates an evaluation body. Items and their sizes are bounded because every item costs a call to each model.
/// </summary>
public static class EvaluationRequestReader
{
    public const int MaxItems = 1000;
    public const int MaxInputChars = 4000;

    private static readonly HashSet<string> Known = ["items", "allowBelow", "blockAbove", "targetFalseBlockRate", "maxAccuracyLoss"];
    private static readonly HashSet<string> ItemFields = ["input", "flagged", "id"];

    public static EvaluationRequest Read(JsonElement body, string projectId, string requestId)
    {
        JsonText.RejectLoneSurrogates(body);
        JsonFields.RejectUnknown(body, Known);
        var items = Items(body);
        var allowBelow = PolicyRequestReader.Threshold(body, "allowBelow");
        var blockAbove = PolicyRequestReader.Threshold(body, "blockAbove");
        if (allowBelow > blockAbove)
        {
            throw new InvalidRequestException("'allowBelow' must not be greater than 'blockAbove'.", "allowBelow");
        }

        return new EvaluationRequest(
            projectId, requestId, items, allowBelow, blockAbove,
            JsonFields.OptionalNumber(body, "targetFalseBlockRate", 0, 1),
            JsonFields.OptionalNumber(body, "maxAccuracyLoss", 0, 1));
    }

    private static LabelledItem[] Items(JsonElement body)
    {
        if (!body.TryGetProperty("items", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidRequestException("'items' is required.", "items");
        }

        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() is 0 or > MaxItems)
        {
            throw new InvalidRequestException($"'items' must be an array of 1 to {MaxItems} labelled items.", "items");
        }

        var items = new LabelledItem[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var param = $"items[{i}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidRequestException($"'{param}' must be an object with 'input' and 'flagged'.", param);
            }

            JsonFields.RejectUnknown(item, ItemFields, param);
            var input = item.TryGetProperty("input", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : null;
            if (input is not { Length: > 0 and <= MaxInputChars })
            {
                throw new InvalidRequestException($"'{param}.input' must be a string of 1 to {MaxInputChars} characters.", $"{param}.input");
            }

            var flagged = JsonFields.OptionalBool(item, "flagged", $"{param}.flagged")
                ?? throw new InvalidRequestException($"'{param}.flagged' is required.", $"{param}.flagged");
            var id = item.TryGetProperty("id", out var idValue) && idValue.ValueKind != JsonValueKind.Null
                ? (idValue.ValueKind == JsonValueKind.String && idValue.GetString()!.Length <= Identifiers.MaxLength
                    ? idValue.GetString()
                    : throw new InvalidRequestException($"'{param}.id' must be a string of at most {Identifiers.MaxLength} characters.", $"{param}.id"))
                : null;
            items[i++] = new LabelledItem(input, flagged, id);
        }

        return items;
    }
}
