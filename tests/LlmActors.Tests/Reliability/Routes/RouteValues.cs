namespace LlmActors.Tests.Reliability.Routes;

/// <summary>The values a run puts into route templates; a mutation replaces one of them.</summary>
public sealed record RouteValues(string ProjectId, string KeyPrefix, string UserId = "u1", string ConversationId = "c1", string Model = "sim-small", string ResponseId = "resp_none")
{
    public string Of(string parameter) => parameter switch
    {
        "projectId" => ProjectId,
        "keyPrefix" => KeyPrefix,
        "userId" => UserId,
        "conversationId" => ConversationId,
        "model" => Model,
        "documentName" => "v1",
        "responseId" => ResponseId,
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "No value for this route parameter; add one."),
    };

    /// <summary>These values with one parameter's value replaced (by what a seed created).</summary>
    public RouteValues With(string parameter, string value) => parameter switch
    {
        "responseId" => this with { ResponseId = value },
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "No seeded value for this route parameter; add one."),
    };

    /// <summary>The route's path with every parameter filled in, except <paramref name="replaced"/> which gets <paramref name="raw"/> as is.</summary>
    public string Path(ApiRoute route, string? replaced = null, string? raw = null) =>
        string.Join('/', route.Template.Split('/').Select(segment => Segment(segment, replaced, raw)));

    private string Segment(string segment, string? replaced, string? raw)
    {
        var open = segment.IndexOf('{');
        if (open < 0)
        {
            return segment;
        }

        var close = segment.IndexOf('}');
        var name = segment[(open + 1)..close];
        var value = name == replaced ? raw! : Uri.EscapeDataString(Of(name));
        return segment[..open] + value + segment[(close + 1)..];
    }
}
