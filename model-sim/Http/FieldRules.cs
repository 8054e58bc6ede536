namespace LlmActors.ModelSim.Http;

/// <summary>Range and presence checks on bound fields; each refusal is a 400 naming the field, as OpenAI's are.</summary>
internal static class FieldRules
{
    public static T Required<T>(T? value, string param) where T : class =>
        value ?? throw SimError.BadRequest($"'{param}' is required.", param, "missing_required_parameter");

    public static int? Range(int? value, string param, int min, int max) =>
        value is not { } number || (number >= min && number <= max) ? value : throw OutOfRange(param, min, max, number);

    public static long? Range(long? value, string param, long min, long max) =>
        value is not { } number || (number >= min && number <= max) ? value : throw OutOfRange(param, min, max, number);

    public static double? Range(double? value, string param, double min, double max) =>
        value is not { } number || (number >= min && number <= max) ? value : throw OutOfRange(param, min, max, number);

    /// <summary>One of the allowed values (or absent).</summary>
    public static string? OneOf(string? value, string param, params string[] allowed) =>
        value is null || Array.IndexOf(allowed, value) >= 0
            ? value
            : throw SimError.BadRequest($"Invalid value for '{param}': '{value}'. Supported values are: {string.Join(", ", allowed.Select(a => $"'{a}'"))}.", param);

    public static Dictionary<string, double>? LogitBias(Dictionary<string, double>? bias, string param)
    {
        foreach (var (token, value) in bias ?? [])
        {
            Range(value, $"{param}.{token}", -100, 100);
        }

        return bias;
    }

    private static SimError OutOfRange<T>(string param, T min, T max, T value) =>
        SimError.BadRequest($"'{param}' must be between {min} and {max}; got {value}.", param);
}
