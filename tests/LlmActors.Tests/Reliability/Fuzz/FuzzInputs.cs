namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>All inputs for one route: the valid request, then systematic mutations, then the seeded random part.</summary>
public static class FuzzInputs
{
    public static IEnumerable<FuzzInput> For(FuzzTarget target, int seed, int randomCount)
    {
        yield return target.Valid("valid", "the valid request");
        if (target.Route.ValidBody is { } valid)
        {
            foreach (var (description, body) in JsonMutations.Of(valid))
            {
                yield return target.Valid("field", description) with { Body = body };
            }

            foreach (var input in BodyMutations.Of(target).Concat(HeaderMutations.ContentTypesOf(target)))
            {
                yield return input;
            }
        }
        else
        {
            // A route that takes no body must ignore one, whatever it is.
            yield return target.Valid("body", "malformed JSON on a route without a body") with { Body = "{\"a\":"u8.ToArray(), ContentType = "application/json" };
            yield return target.Valid("body", "random bytes on a route without a body") with { Body = [0xFF, 0x00, 0xC3], ContentType = "application/octet-stream" };
        }

        foreach (var input in PathMutations.Of(target).Concat(QueryMutations.Of(target)).Concat(HeaderMutations.AuthOf(target)))
        {
            yield return input;
        }

        foreach (var input in RandomInputs.Of(target, seed, randomCount))
        {
            yield return input;
        }
    }
}
