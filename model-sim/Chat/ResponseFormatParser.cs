using System.Text.RegularExpressions;
using LlmActors.ModelSim.Contracts;
using LlmActors.ModelSim.Tools;

namespace LlmActors.ModelSim.Chat;

/// <summary><c>response_format</c>: text, json_object, or json_schema with a named schema.</summary>
internal static partial class ResponseFormatParser
{
    public static OutputFormat Parse(ResponseFormatBody? format)
    {
        if (format is null)
        {
            return OutputFormat.Text;
        }

        switch (FieldRules.Required(FieldRules.OneOf(format.Type, "response_format.type", "text", "json_object", "json_schema"), "response_format.type"))
        {
            case "text":
                return OutputFormat.Text;
            case "json_object":
                return new OutputFormat(ResponseFormat.JsonObject);
            default:
                var schema = FieldRules.Required(format.JsonSchema, "response_format.json_schema");
                var name = FieldRules.Required(schema.Name, "response_format.json_schema.name");
                if (!NamePattern().IsMatch(name))
                {
                    throw SimError.BadRequest("'response_format.json_schema.name' must match '^[a-zA-Z0-9_-]{1,64}$'.", "response_format.json_schema.name");
                }

                return new OutputFormat(ResponseFormat.JsonSchema, schema.Schema, 8 + SimTokenizer.Count(name) + ToolTokens.Schema(schema.Schema));
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex NamePattern();
}
