namespace LlmActors.Tests.Reliability.Routes;

/// <summary>Which error body a route answers with.</summary>
public enum ErrorShapeKind
{
    /// <summary><c>{"error": {"message", "type", "param", "code"}}</c>.</summary>
    OpenAi,

    /// <summary><c>{"type": "error", "error": {"type", "message"}}</c>: the gateway's Anthropic Messages door.</summary>
    Anthropic,

    /// <summary>Either: the simulator's Anthropic route, whose host answers routing errors (a wrong method) in OpenAI's shape.</summary>
    Either,
}
