using System.Text.Json.Serialization;

namespace LlmActors.Api.Responses.Wire;

/// <summary><c>DELETE /v1/responses/{id}</c>'s answer, as OpenAI writes it.</summary>
public sealed record ResponseDeleted(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("deleted")] bool Deleted);
