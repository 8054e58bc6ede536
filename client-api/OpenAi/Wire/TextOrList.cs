using System.Text.Json.Serialization;

namespace LlmActors.Api.OpenAi.Wire;

/// <summary>The union both newer APIs use for content and input: a plain string, or an array of typed objects.</summary>
public sealed record TextOrList<T>(string? Text, List<T?>? Items)
    where T : class;
