namespace LlmActors.ModelSim.Embeddings;

/// <summary>
/// Validates a <c>/v1/embeddings</c> body. <c>input</c> may be a string, an array of strings, an array of
/// token ids or an array of token-id arrays (the SDK's token overloads); token ids are decoded with o200k_base.
/// </summary>
internal static class EmbeddingRequestParser
{
    public static EmbeddingRequest Parse(JsonElement root, ModelCatalog catalog)
    {
        var model = catalog.Require(JsonFields.String(root.Field("model"u8), "model"), "/v1/embeddings", ModelKind.Embedding);
        var format = JsonFields.String(root.Field("encoding_format"u8), "encoding_format") ?? "float";
        if (format is not ("float" or "base64"))
        {
            throw SimError.BadRequest("'encoding_format' must be float or base64.", "encoding_format");
        }

        var dimensions = (int?)JsonFields.Integer(root.Field("dimensions"u8), "dimensions", 1, EmbeddingLimits.MaxDimensions) ?? model.Profile.Dimensions;
        var (inputs, tokens) = Inputs(root.Field("input"u8));
        return new EmbeddingRequest(model, inputs, tokens, dimensions, format == "base64");
    }

    private static (string[] Inputs, int Tokens) Inputs(JsonElement input)
    {
        if (input.ValueKind == JsonValueKind.String)
        {
            var text = NonEmpty(JsonFields.String(input, "input")!, "input");
            return ([text], SimTokenizer.Count(text));
        }

        if (input.ValueKind != JsonValueKind.Array)
        {
            throw JsonFields.IsAbsent(input)
                ? SimError.BadRequest("'input' is required.", "input", "missing_required_parameter")
                : SimError.WrongType("input", "a string, an array of strings or an array of token arrays");
        }

        var count = input.GetArrayLength();
        if (count is 0 or > EmbeddingLimits.MaxInputs)
        {
            throw SimError.BadRequest($"'input' must hold between 1 and {EmbeddingLimits.MaxInputs} items.", "input");
        }

        if (input[0].ValueKind == JsonValueKind.Number)
        {
            var ids = TokenIds(input, "input");
            return ([Decode(ids, "input")], ids.Length);
        }

        var inputs = new string[count];
        var tokens = 0;
        var index = 0;
        foreach (var item in input.EnumerateArray())
        {
            var param = $"input[{index}]";
            if (item.ValueKind == JsonValueKind.String)
            {
                inputs[index] = NonEmpty(JsonFields.String(item, param)!, param);
                tokens += SimTokenizer.Count(inputs[index]);
            }
            else if (item.ValueKind == JsonValueKind.Array)
            {
                var ids = TokenIds(item, param);
                inputs[index] = Decode(ids, param);
                tokens += ids.Length;
            }
            else
            {
                throw SimError.WrongType(param, "a string or an array of token ids");
            }

            index++;
        }

        return (inputs, tokens);
    }

    private static string NonEmpty(string text, string param) =>
        text.Length > 0 ? text : throw SimError.BadRequest($"'{param}' must not be empty.", param);

    private static int[] TokenIds(JsonElement array, string param)
    {
        if (array.GetArrayLength() == 0)
        {
            throw SimError.BadRequest($"'{param}' must not be empty.", param);
        }

        var ids = new int[array.GetArrayLength()];
        var i = 0;
        foreach (var id in array.EnumerateArray())
        {
            ids[i++] = (int)JsonFields.Integer(id, param, 0, int.MaxValue)!.Value;
        }

        return ids;
    }

    private static string Decode(int[] ids, string param)
    {
        try
        {
            // Ids outside the vocabulary decode to nothing rather than failing.
            var text = SimTokenizer.Instance.Decode(ids);
            return string.IsNullOrEmpty(text) ? throw SimError.BadRequest($"'{param}' holds unknown token ids.", param) : text;
        }
        catch (Exception e) when (e is not SimError)
        {
            throw SimError.BadRequest($"'{param}' holds unknown token ids.", param);
        }
    }
}
