using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmActors.Api.OpenAi.Wire;

/// <summary>
/// What the gateway reads of a chat completion request; the request itself is forwarded as sent. Every field here
/// is one a feature needs (model, the estimate, limits, user, streaming, capabilities, caches); the rest, known or
/// not, stays in the client's bytes.
/// </summary>
public sealed class ChatRequestHead
{
    public string? Model { get; init; }
    public List<MessageHead>? Messages { get; init; }
    public int? MaxTokens { get; init; }
    public int? MaxCompletionTokens { get; init; }
    public double? Temperature { get; init; }
    public double? TopP { get; init; }
    public double? PresencePenalty { get; init; }
    public double? FrequencyPenalty { get; init; }
    public int? N { get; init; }
    public bool? Stream { get; init; }
    public StreamOptionsHead? StreamOptions { get; init; }
    public StopHead? Stop { get; init; }
    public long? Seed { get; init; }
    public string? User { get; init; }
    public ResponseFormatHead? ResponseFormat { get; init; }
    public bool? Logprobs { get; init; }
    public int? TopLogprobs { get; init; }
    public List<ToolHead>? Tools { get; init; }
    public List<FunctionHead>? Functions { get; init; }
    public string? ReasoningEffort { get; init; }
    public List<string>? Modalities { get; init; }
    public PredictionHead? Prediction { get; init; }

    /// <summary>Every other field, kept only to tell OpenAI's fields from a vendor's (a project's strictParams).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; set; }
}
