using LlmActors.Responses;

namespace LlmActors.Api.Responses;

/// <summary>A validated Responses request, ready for a Responses grain, and whether the client asked for a stream.</summary>
public sealed record ParsedResponses(ResponsesCall Call, bool Stream);
