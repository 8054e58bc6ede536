using System.Text.Json.Serialization;
using LlmActors.ModelSim.Anthropic;
using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Http;

/// <summary>
/// The simulator's one source-generated context: every body it reads and every answer it writes. Snake case as
/// OpenAI spells it; absent values are left out unless a record marks them as always present.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChatCompletionBody))]
[JsonSerializable(typeof(CompletionBody))]
[JsonSerializable(typeof(EmbeddingBody))]
[JsonSerializable(typeof(ModerationBody))]
[JsonSerializable(typeof(FaultBody))]
[JsonSerializable(typeof(List<ContentPartBody?>))]
[JsonSerializable(typeof(ToolChoiceBody))]
[JsonSerializable(typeof(FunctionNameBody))]
[JsonSerializable(typeof(JsonSchemaNode))]
[JsonSerializable(typeof(ChatCompletionResult))]
[JsonSerializable(typeof(ChatChunk))]
[JsonSerializable(typeof(TextCompletionResult))]
[JsonSerializable(typeof(UsageResult))]
[JsonSerializable(typeof(ErrorEnvelope))]
[JsonSerializable(typeof(FaultResult))]
[JsonSerializable(typeof(ModelListResult))]
[JsonSerializable(typeof(ModelResult))]
[JsonSerializable(typeof(MessagesBody))]
[JsonSerializable(typeof(List<AnthropicBlockBody?>))]
[JsonSerializable(typeof(AnthropicMessageResult))]
[JsonSerializable(typeof(AnthropicEvent))]
[JsonSerializable(typeof(AnthropicErrorResult))]
internal sealed partial class SimJsonContext : JsonSerializerContext;
