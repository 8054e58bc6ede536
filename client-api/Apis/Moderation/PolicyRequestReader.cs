using System.Text.Json;
using LlmActors.Api.OpenAi;
using LlmActors.Moderation;

namespace LlmActors.Api.Apis.Moderation;

/// <summary>Validates <c>{"allowBelow": 0..1, "blockAbove": 0..1, "failMode"?: "closed"|"open"}</c>, naming the field at fault.</summary>
public static class PolicyRequestReader
{
    private static readonly HashSet<string> Known = ["allowBelow", "blockAbove", "failMode"];

    public static (double AllowBelow, double BlockAbove, FailMode? FailMode) Read(JsonElement body)
    {
        JsonText.RejectLoneSurrogates(body);
        JsonFields.RejectUnknown(body, Known);
        var allowBelow = Threshold(body, "allowBelow") ?? throw new InvalidRequestException("'allowBelow' is required.", "allowBelow");
        var blockAbove = Threshold(body, "blockAbove") ?? throw new InvalidRequestException("'blockAbove' is required.", "blockAbove");
        if (allowBelow > blockAbove)
        {
            throw new InvalidRequestException("'allowBelow' must not be greater than 'blockAbove'.", "allowBelow");
        }

        return (allowBelow, blockAbove, FailModeOf(body));
    }

    public static double? Threshold(JsonElement body, string name) => JsonFields.OptionalNumber(body, name, 0, 1);

    private static FailMode? FailModeOf(JsonElement body) => JsonFields.OptionalString(body, "failMode", 16) switch
    {
        null => null,
        "closed" => FailMode.Closed,
        "open" => FailMode.Open,
        _ => throw new InvalidRequestException("'failMode' must be \"closed\" (block) or \"open\" (allow).", "failMode"),
    };
}
