namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Validates a <c>/v1/moderations</c> body: <c>input</c> is a string, an array of strings (one result each) or an
/// array of content parts (one result, its text parts joined; images are ignored). <c>model</c> defaults to the
/// first configured moderation model.
/// </summary>
internal static class ModerationRequestParser
{
    public static (SimModel Model, string[] Inputs) Parse(JsonElement root, ModelCatalog catalog)
    {
        var name = JsonFields.String(root.Field("model"u8), "model") ?? catalog.FirstOf(ModelKind.Moderation)?.Name;
        var model = catalog.Require(name, "/v1/moderations", ModelKind.Moderation);
        var input = root.Field("input"u8);
        if (input.ValueKind == JsonValueKind.String)
        {
            return (model, [JsonFields.String(input, "input")!]);
        }

        if (input.ValueKind != JsonValueKind.Array)
        {
            throw JsonFields.IsAbsent(input)
                ? SimError.BadRequest("'input' is required.", "input", "missing_required_parameter")
                : SimError.WrongType("input", "a string, an array of strings or an array of content parts");
        }

        if (input.GetArrayLength() is 0 or > EmbeddingLimits.MaxInputs)
        {
            throw SimError.BadRequest($"'input' must hold between 1 and {EmbeddingLimits.MaxInputs} items.", "input");
        }

        if (input[0].ValueKind == JsonValueKind.Object)
        {
            return (model, [JsonFields.Content(input, "input") ?? ""]);
        }

        var inputs = new string[input.GetArrayLength()];
        var index = 0;
        foreach (var item in input.EnumerateArray())
        {
            inputs[index] = JsonFields.String(item, $"input[{index}]") ?? throw SimError.WrongType($"input[{index}]", "a string");
            index++;
        }

        return (model, inputs);
    }
}
