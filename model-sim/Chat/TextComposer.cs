using System.Globalization;
using System.Text.Encodings.Web;
using LlmActors.ModelSim.Completions;
using LlmActors.ModelSim.Contracts;
using LlmActors.ModelSim.Moderation;
using LlmActors.ModelSim.Schema;
using LlmActors.ModelSim.Tools;

namespace LlmActors.ModelSim.Chat;

/// <summary>
/// The text of a choice, by what the request asks for: a moderation score, the middle of a fill-in-the-middle
/// prompt, code, JSON for a schema, a labelled JSON object, an answer from tool results, or prose.
/// </summary>
internal static class TextComposer
{
    public static void Write(AnswerBuilder answer, ChatRequest request, int promptTokens, ref SeededRandom random)
    {
        var question = request.LastUserText;
        if (ChatConventions.IsModerationScoring(request))
        {
            var score = ModerationJudge.Score(request.Model, question);
            answer.Add(string.Create(CultureInfo.InvariantCulture, $"{{\"score\": {Math.Round(score, 6):0.######}, \"flagged\": {(score >= 0.5 ? "true" : "false")}}}"));
        }
        else if (FimPrompt.TryParse(question, out var prefix, out var suffix))
        {
            FimGenerator.Write(answer, request.Model, prefix, suffix, ref random);
        }
        else if (ChatConventions.IsCodeCompletion(request))
        {
            CodeGenerator.Write(answer, request.Model, question, ref random);
        }
        else if (request.Format == ResponseFormat.JsonSchema && request.Output.Schema is { } schema && !IsOpenObject(schema))
        {
            answer.AddTokens(SchemaValueGenerator.Generate(schema, new ValueHints(question), ref random));
        }
        else if (request.Format != ResponseFormat.Text)
        {
            var prose = new AnswerBuilder();
            Prose(prose, request, promptTokens, ref random);
            var text = prose.Build(null, null).Text;
            answer.AddWords($"{{\"simulated\": true, \"model\": \"{Encode(request.Model.Name)}\", \"answer\": \"{Encode(text)}\"}}", leadingSpace: false);
        }
        else
        {
            Prose(answer, request, promptTokens, ref random);
        }
    }

    private static void Prose(AnswerBuilder answer, ChatRequest request, int promptTokens, ref SeededRandom random)
    {
        if (request.EndsWithToolResults)
        {
            ToolResultProse.Write(answer, request, ref random);
            return;
        }

        var question = request.LastUserText;
        ProseGenerator.Write(answer, request.Model, question, promptTokens, ref random, MediaNotes.For(request.LastUser, CjkText.ContainsIdeograph(question)));
    }

    /// <summary>A schema that says only "an object": answered with the labelled object, as json_object is.</summary>
    private static bool IsOpenObject(JsonSchemaNode schema) =>
        schema.Properties is null && schema.Ref is null && schema.AnyOf is null && schema.OneOf is null && schema.AllOf is null
        && schema.Enum is null && schema.Const is null && (schema.Type is null || schema.Type is ["object"]);

    private static string Encode(string text) => JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(text);
}
