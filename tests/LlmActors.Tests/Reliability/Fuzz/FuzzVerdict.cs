using LlmActors.Tests.Reliability.Routes;

namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>The rules every answer must keep, bad input or not.</summary>
public static class FuzzVerdict
{
    public static IEnumerable<string> Problems(FuzzOutcome outcome, ErrorShapeKind errors = default)
    {
        var input = outcome.Input;
        if (outcome.Failure is not null)
        {
            yield return $"transport failure: {outcome}";
            yield break;
        }

        // A mutated path reaches another route (or none), which answers in that route's shape.
        var shapeOf = input.Kind == "path" && errors != ErrorShapeKind.OpenAi ? ErrorShapeKind.Either : errors;
        if (outcome.Status >= 500)
        {
            yield return $"{outcome.Status}: {outcome}";
        }
        else if (outcome.Status >= 400 && ShapeProblem(outcome.Body, shapeOf) is { } shape
            && !(input.ParserMayRefuse && outcome.Body.Length == 0))
        {
            yield return $"{outcome.Status} not in the route's error shape ({shape}): {outcome}";
        }

        if (input.PresentedSecret is { Length: > 0 } secret && outcome.Body.Contains(secret, StringComparison.Ordinal))
        {
            yield return $"the answer echoes the presented key: {outcome}";
        }
    }

    private static string? ShapeProblem(string body, ErrorShapeKind kind) => kind switch
    {
        ErrorShapeKind.Anthropic => ErrorShape.AnthropicProblem(body),
        ErrorShapeKind.Either => ErrorShape.Problem(body) is null || ErrorShape.AnthropicProblem(body) is null ? null : "neither the OpenAI nor the Anthropic shape",
        _ => ErrorShape.Problem(body),
    };
}
