using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Chat;

/// <summary><c>response_format</c>: its kind and, for json_schema, the schema the answer must satisfy (null = any object).</summary>
internal sealed record OutputFormat(ResponseFormat Kind, JsonSchemaNode? Schema = null, int Tokens = 0)
{
    public static OutputFormat Text { get; } = new(ResponseFormat.Text);
}
