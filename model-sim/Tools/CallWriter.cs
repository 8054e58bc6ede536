using System.Globalization;
using LlmActors.ModelSim.Chat;
using LlmActors.ModelSim.Contracts;
using LlmActors.ModelSim.Schema;

namespace LlmActors.ModelSim.Tools;

/// <summary>
/// A call to a chosen function: an id like OpenAI's (<c>call_</c> and 24 characters, deterministic), and
/// arguments generated from the function's schema and the user's message. It costs its name's and arguments'
/// tokens plus 3.
/// </summary>
internal static class CallWriter
{
    private static readonly JsonSchemaNode EmptyObject = new() { Type = ["object"] };

    public static PlannedCall Plan(ToolFunction function, ChatRequest request, ref SeededRandom random)
    {
        var arguments = SchemaValueGenerator.Generate(function.Parameters ?? EmptyObject, new ValueHints(request.LastUserText), ref random);
        var id = string.Create(CultureInfo.InvariantCulture, $"call_sim{random.NextUInt64():x16}{random.NextUInt64() & 0xFFFF:x4}");
        return new PlannedCall(id, function.Name, arguments, TokenPieces.Ends(arguments), 3 + SimTokenizer.Count(function.Name) + SimTokenizer.Count(arguments));
    }
}
