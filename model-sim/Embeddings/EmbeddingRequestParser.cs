using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Embeddings;

/// <summary>
/// Validates a <c>/v1/embeddings</c> body. <c>input</c> may be a string, an array of strings, an array of
/// token ids or an array of token-id arrays (the SDK's token overloads); token ids are decoded with o200k_base.
/// </summary>
internal static class EmbeddingRequestParser
{
    public static EmbeddingRequest Parse(EmbeddingBody body, ModelCatalog catalog)
    {
        var model = catalog.Require(body.Model, "/v1/embeddings", ModelKind.Embedding);
        var format = FieldRules.OneOf(body.EncodingFormat, "encoding_format", "float", "base64") ?? "float";
        var dimensions = FieldRules.Range(body.Dimensions, "dimensions", 1, EmbeddingLimits.MaxDimensions) ?? model.Profile.Dimensions;
        var (inputs, tokens) = Inputs(FieldRules.Required(body.Input, "input"));
        return new EmbeddingRequest(model, inputs, tokens, dimensions, format == "base64");
    }

    private static (string[] Inputs, int Tokens) Inputs(TextOrTokens input)
    {
        if (input.Count is 0 or > EmbeddingLimits.MaxInputs)
        {
            throw SimError.BadRequest($"'input' must hold between 1 and {EmbeddingLimits.MaxInputs} items.", "input");
        }

        if (input.Texts is { } texts)
        {
            var tokens = 0;
            for (var i = 0; i < texts.Count; i++)
            {
                var param = input.Flat ? "input" : $"input[{i}]";
                tokens += SimTokenizer.Count(NonEmpty(texts[i], param));
            }

            return (texts.ToArray(), tokens);
        }

        var arrays = input.Tokens!;
        var decoded = new string[arrays.Count];
        var count = 0;
        for (var i = 0; i < arrays.Count; i++)
        {
            var param = input.Flat ? "input" : $"input[{i}]";
            decoded[i] = TokenText.Decode(arrays[i], param);
            count += arrays[i].Length;
        }

        return (decoded, count);
    }

    private static string NonEmpty(string text, string param) =>
        text.Length > 0 ? text : throw SimError.BadRequest($"'{param}' must not be empty.", param);
}
