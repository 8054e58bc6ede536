namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>Wrong content types and missing, malformed, wrong-kind, revoked or tampered keys.</summary>
public static class HeaderMutations
{
    private static readonly string?[] ContentTypes =
    [
        null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "garbage",
        "application/json; charset=utf-16", "application/json; charset=latin1", "application/json-patch+json", "application/json, text/plain", "",
    ];

    public static IEnumerable<FuzzInput> ContentTypesOf(FuzzTarget target)
    {
        foreach (var type in ContentTypes)
        {
            yield return target.Valid("content-type", $"content type '{type ?? "(none)"}'") with { ContentType = type };
        }
    }

    public static IEnumerable<FuzzInput> AuthOf(FuzzTarget target)
    {
        var keys = target.Keys;
        var prefix = keys.Project[..18];
        var tampered = keys.Project[..^1] + (keys.Project[^1] == 'A' ? 'B' : 'A');
        (string Name, string? Header, string? Secret)[] variants =
        [
            ("no Authorization header", null, null),
            ("scheme only", "Bearer", null),
            ("scheme and a space", "Bearer ", null),
            ("basic auth", "Basic dXNlcjpwYXNzd29yZA==", null),
            ("garbage bearer", "Bearer garbage", null),
            ("unknown key of the right form", "Bearer llma_abcdefghijkm_unknownsecretunknownsecretunknownsecret1", null),
            ("right prefix, wrong secret", "Bearer " + prefix + "wrongsecretwrongsecretwrongsecretwrongsec", null),
            ("project key with its last character changed", "Bearer " + tampered, tampered),
            ("revoked key", "Bearer " + keys.Revoked, keys.Revoked),
            ("admin key", "Bearer " + keys.Admin, keys.Admin),
            ("project key", "Bearer " + keys.Project, keys.Project),
            ("another project's key", "Bearer " + keys.OtherProject, keys.OtherProject),
            ("admin key with a character appended", "Bearer " + keys.Admin + "x", keys.Admin + "x"),
            ("8 KB key", "Bearer llma_" + new string('z', 8 * 1024), null),
            ("lower-case scheme, right key", target.RightAuthorization?.Replace("Bearer", "bearer", StringComparison.Ordinal), null),
            ("right key, trailing spaces", target.RightAuthorization + "   ", null),
        ];
        foreach (var (name, header, secret) in variants)
        {
            yield return target.Valid("auth", name) with { Authorization = header, PresentedSecret = secret };
        }

        yield return target.Valid("auth", "non-ASCII key") with { Authorization = "Bearer llma_clé_ü", ParserMayRefuse = true };
    }
}
