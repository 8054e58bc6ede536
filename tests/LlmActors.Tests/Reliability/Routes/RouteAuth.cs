namespace LlmActors.Tests.Reliability.Routes;

/// <summary>Which key a route takes.</summary>
public enum RouteAuth
{
    /// <summary>Open: health, metrics, the OpenAPI document, the embedded simulator's OpenAI routes.</summary>
    None,

    /// <summary><c>/admin/*</c>: only the admin key.</summary>
    Admin,

    /// <summary><c>/v1/*</c>: only a live project key.</summary>
    Project,

    /// <summary>The simulator's fault route: the admin key, checked by the simulator itself.</summary>
    SimAdmin,
}
