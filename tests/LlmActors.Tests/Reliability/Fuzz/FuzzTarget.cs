using LlmActors.Tests.Reliability.Routes;

namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>What the generators need to build requests for one route: its values and the keys to present.</summary>
public sealed record FuzzTarget(ApiRoute Route, RouteValues Values, FuzzKeys Keys)
{
    /// <summary>The header that this route accepts.</summary>
    public string? RightAuthorization => Route.Auth switch
    {
        RouteAuth.Admin or RouteAuth.SimAdmin => "Bearer " + Keys.Admin,
        RouteAuth.Project => "Bearer " + Keys.Project,
        _ => null,
    };

    public string ValidPath => Values.Path(Route) + (Route.ValidQuery is { } q ? "?" + q : "");

    public byte[]? ValidBody => Route.ValidBody is { } body ? System.Text.Encoding.UTF8.GetBytes(body) : null;

    public string? ValidContentType => Route.ValidBody is null ? null : "application/json";

    /// <summary>The valid request with one part changed.</summary>
    public FuzzInput Valid(string kind, string description) =>
        new(kind, description, Route.Method, ValidPath, ValidBody, ValidContentType, RightAuthorization);
}
