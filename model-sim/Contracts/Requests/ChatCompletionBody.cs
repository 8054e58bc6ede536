using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

/// <summary>
/// A <c>/v1/chat/completions</c> body as OpenAI documents it. Fields the simulator does not act on
/// (web_search_options, metadata, store, user, safety_identifier, verbosity, …) and unknown vendor fields are
/// accepted and ignored, as a vendor server would; those it declares are type-checked.
/// </summary>
internal sealed record ChatCompletionBody
{
    public string? Model { get; init; }

    public List<ChatMessageBody?>? Messages { get; init; }

    public bool? Stream { get; init; }

    public StreamOptionsBody? StreamOptions { get; init; }

    public int? N { get; init; }

    public double? Temperature { get; init; }

    public double? TopP { get; init; }

    public double? PresencePenalty { get; init; }

    public double? FrequencyPenalty { get; init; }

    public int? MaxTokens { get; init; }

    public int? MaxCompletionTokens { get; init; }

    [JsonConverter(typeof(StopConverter))]
    public List<string>? Stop { get; init; }

    public ResponseFormatBody? ResponseFormat { get; init; }

    public long? Seed { get; init; }

    public List<ToolBody?>? Tools { get; init; }

    [JsonConverter(typeof(ToolChoiceConverter))]
    public ToolChoiceBody? ToolChoice { get; init; }

    public bool? ParallelToolCalls { get; init; }

    public List<FunctionDefinitionBody?>? Functions { get; init; }

    [JsonConverter(typeof(FunctionChoiceConverter))]
    public FunctionChoiceBody? FunctionCall { get; init; }

    public bool? Logprobs { get; init; }

    public int? TopLogprobs { get; init; }

    public Dictionary<string, double>? LogitBias { get; init; }

    public string? ReasoningEffort { get; init; }

    public string? ServiceTier { get; init; }

    public string? PromptCacheKey { get; init; }

    public List<string>? Modalities { get; init; }

    public AudioOptionsBody? Audio { get; init; }

    public PredictionBody? Prediction { get; init; }
}
