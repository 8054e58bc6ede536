using System.Text.RegularExpressions;
using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Tools;

/// <summary>Validates <c>tools</c> / <c>tool_choice</c> / <c>parallel_tool_calls</c> and the legacy <c>functions</c> / <c>function_call</c>.</summary>
internal static partial class ToolParser
{
    /// <summary>OpenAI's cap on tools per request.</summary>
    public const int MaxTools = 128;

    public static ToolSet Parse(ChatCompletionBody body)
    {
        if (body.Tools is { } tools)
        {
            if (body.FunctionCall is not null)
            {
                throw SimError.BadRequest("'function_call' belongs with 'functions'; with 'tools' use 'tool_choice'.", "function_call");
            }

            var functions = Tools(tools);
            var choice = ToolChoiceParser.Parse(body.ToolChoice, functions);
            return new ToolSet(functions, choice, body.ParallelToolCalls ?? true, false, ToolTokens.Of(functions));
        }

        if (body.ToolChoice is not null)
        {
            throw SimError.BadRequest("Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.", "tool_choice");
        }

        if (body.Functions is { } legacy)
        {
            var functions = legacy.Select((f, i) => Function(f, $"functions[{i}]")).ToList();
            Count(functions.Count, "functions");
            var choice = FunctionChoice(body.FunctionCall, functions);
            return new ToolSet(functions, choice, false, true, ToolTokens.Of(functions));
        }

        return body.FunctionCall is null
            ? ToolSet.Empty
            : throw SimError.BadRequest("'function_call' is only allowed when 'functions' are specified.", "function_call");
    }

    private static List<ToolFunction> Tools(List<ToolBody?> tools)
    {
        Count(tools.Count, "tools");
        var functions = new List<ToolFunction>(tools.Count);
        for (var i = 0; i < tools.Count; i++)
        {
            var param = $"tools[{i}]";
            var tool = tools[i] ?? throw SimError.WrongType(param, "an object");
            var type = FieldRules.Required(FieldRules.OneOf(tool.Type, param + ".type", "function", "custom"), param + ".type");
            if (type == "custom")
            {
                // Free-form tools are accepted and never called: there is no schema to answer by.
                ValidName(FieldRules.Required(FieldRules.Required(tool.Custom, param + ".custom").Name, param + ".custom.name"), param + ".custom.name");
                continue;
            }

            functions.Add(Function(FieldRules.Required(tool.Function, param + ".function"), param + ".function"));
        }

        return functions;
    }

    private static ToolFunction Function(FunctionDefinitionBody? function, string param)
    {
        function = function ?? throw SimError.WrongType(param, "an object");
        var name = ValidName(FieldRules.Required(function.Name, param + ".name"), param + ".name");
        if (function.Parameters?.Type is { } types && !types.Contains("object"))
        {
            throw SimError.BadRequest(
                $"Invalid schema for function '{name}': schema must be a JSON Schema of 'type: \"object\"', got 'type: \"{string.Join(", ", types)}\"'.",
                param + ".parameters", "invalid_function_parameters");
        }

        return new ToolFunction(name, function.Description, function.Parameters, ToolTokens.Of(name, function.Description, function.Parameters));
    }

    private static ToolChoice FunctionChoice(FunctionChoiceBody? choice, List<ToolFunction> functions)
    {
        if (choice?.Name is { } name)
        {
            return functions.Any(f => f.Name == name)
                ? new ToolChoice(ToolChoiceMode.Named, name)
                : throw SimError.BadRequest($"Invalid value for 'function_call': no function named '{name}' was specified in 'functions'.", "function_call");
        }

        return FieldRules.OneOf(choice?.Mode, "function_call", "none", "auto") == "none" ? ToolChoice.None : ToolChoice.Auto;
    }

    public static string ValidName(string name, string param) =>
        NamePattern().IsMatch(name)
            ? name
            : throw SimError.BadRequest($"Invalid '{param}': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]{{1,64}}$'.", param);

    private static void Count(int count, string param)
    {
        if (count > MaxTools)
        {
            throw SimError.BadRequest($"'{param}' may hold at most {MaxTools} entries; got {count}.", param, "array_above_max_length");
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex NamePattern();
}
