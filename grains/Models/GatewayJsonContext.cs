using System.Text.Json.Serialization;

namespace LlmActors.Grains.Models;

/// <summary>The grains' JSON contracts, source-generated: snake_case as OpenAI writes them, unknown fields skipped.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(AnswerHead))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
public sealed partial class GatewayJsonContext : JsonSerializerContext;
