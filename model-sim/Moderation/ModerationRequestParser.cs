using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Validates a <c>/v1/moderations</c> body: <c>input</c> is a string, an array of strings (one result each) or an
/// array of content parts (one result, its text parts joined; images are ignored). <c>model</c> defaults to the
/// first configured moderation model.
/// </summary>
internal static class ModerationRequestParser
{
    public static (SimModel Model, string[] Inputs) Parse(ModerationBody body, ModelCatalog catalog)
    {
        var model = catalog.Require(body.Model ?? catalog.FirstOf(ModelKind.Moderation)?.Name, "/v1/moderations", ModelKind.Moderation);
        var input = FieldRules.Required(body.Input, "input");
        var count = input.Texts?.Count ?? input.Parts!.Count;
        if (count is 0 or > EmbeddingLimits.MaxInputs)
        {
            throw SimError.BadRequest($"'input' must hold between 1 and {EmbeddingLimits.MaxInputs} items.", "input");
        }

        return input.Texts is { } texts
            ? (model, texts.ToArray())
            : (model, [string.Join("\n", input.Parts!.Where(p => p?.Type is "text").Select(p => p!.Text ?? ""))]);
    }
}
