using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmActors.Api.OpenAi.Wire;

/// <summary>What the gateway reads of a legacy <c>/v1/completions</c> request; the request is forwarded as sent.</summary>
public sealed class CompletionRequestHead
{
    public string? Model { get; init; }

    /// <summary>A string, an array of strings, or token arrays.</summary>
    public JsonElement? Prompt { get; init; }
    public string? Suffix { get; init; }
    public int? MaxTokens { get; init; }
    public double? Temperature { get; init; }
    public double? TopP { get; init; }
    public int? N { get; init; }
    public int? BestOf { get; init; }
    public bool? Stream { get; init; }
    public StreamOptionsHead? StreamOptions { get; init; }
    public StopHead? Stop { get; init; }
    public long? Seed { get; init; }
    public string? User { get; init; }
    public int? Logprobs { get; init; }
    public bool? Echo { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; set; }
}
