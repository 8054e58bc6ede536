using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

/// <summary>A legacy <c>/v1/completions</c> body (prompt, suffix for fill-in-the-middle, echo, integer logprobs).</summary>
internal sealed record CompletionBody
{
    public string? Model { get; init; }

    [JsonConverter(typeof(TextOrTokensConverter))]
    public TextOrTokens? Prompt { get; init; }

    public string? Suffix { get; init; }

    public int? MaxTokens { get; init; }

    public double? Temperature { get; init; }

    public double? TopP { get; init; }

    public double? PresencePenalty { get; init; }

    public double? FrequencyPenalty { get; init; }

    public int? N { get; init; }

    public int? BestOf { get; init; }

    public bool? Stream { get; init; }

    public StreamOptionsBody? StreamOptions { get; init; }

    public bool? Echo { get; init; }

    public int? Logprobs { get; init; }

    [JsonConverter(typeof(StopConverter))]
    public List<string>? Stop { get; init; }

    public Dictionary<string, double>? LogitBias { get; init; }

    public long? Seed { get; init; }
}
