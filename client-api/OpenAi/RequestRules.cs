using System.Text.Json;
using LlmActors.Api.OpenAi.Wire;

namespace LlmActors.Api.OpenAi;

/// <summary>The checks the forwarded routes share; each failure is a 400 naming the field.</summary>
public static class RequestRules
{
    public static string Model(string? model) => model switch
    {
        null => throw new InvalidRequestException("'model' is required.", "model"),
        { Length: 0 or > 256 } => throw new InvalidRequestException("'model' must be 1 to 256 characters.", "model"),
        _ => model,
    };

    public static double? Range(double? value, double min, double max, string param) =>
        value is { } v && (v < min || v > max || double.IsNaN(v))
            ? throw new InvalidRequestException(FormattableString.Invariant($"'{param}' must be between {min} and {max}."), param, code: "invalid_value")
            : value;

    public static int? Range(int? value, int min, int max, string param) =>
        value is { } v && (v < min || v > max)
            ? throw new InvalidRequestException($"'{param}' must be between {min} and {max}.", param, code: "invalid_value")
            : value;

    /// <summary><c>user</c> names the user's budget, so it is held to the identifier rule.</summary>
    public static string? User(string? user) => user is null || Identifiers.IsValid(user)
        ? user
        : throw new InvalidRequestException("'user' must be letters, digits or . _ : @ - (at most 128).", "user");

    public static string[]? Stop(StopHead? stop)
    {
        if (stop is null)
        {
            return null;
        }

        if (stop.Values.Length > 4 || stop.Values.Any(v => v.Length is 0 or > 256))
        {
            throw new InvalidRequestException("'stop' must be up to 4 strings of 1 to 256 characters.", "stop");
        }

        return stop.Values.Length == 0 ? null : stop.Values;
    }

    /// <summary>A JSON string kept raw (not bound to a string property): broken UTF-8 or a lone surrogate is a 400 naming it.</summary>
    public static string Text(JsonElement value, string param)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new InvalidRequestException("Text must be valid UTF-8 without lone surrogates.", param, code: "invalid_text");
        }
    }

    /// <summary>The fields of a request that the provider's own API does not define.</summary>
    public static string[] Unknown(Dictionary<string, JsonElement>? others, HashSet<string> known) =>
        others is null ? [] : [.. others.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal)];
}
