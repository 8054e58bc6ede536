using System.Reflection;

namespace LlmActors.Api.Auth;

/// <summary>The project a request acts for, established from its key. Bind it as a handler parameter.</summary>
public sealed record ProjectCaller(string ProjectId, string KeyPrefix)
{
    internal const string ItemKey = "llmactors.caller";

    public static ValueTask<ProjectCaller?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<ProjectCaller?>(context.Items[ItemKey] as ProjectCaller
            ?? throw new InvalidOperationException("Route takes a ProjectCaller but has no project-key requirement."));
}
