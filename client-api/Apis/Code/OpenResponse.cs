namespace LlmActors.Api.Apis.Code;

/// <summary>The 202 answer of <c>POST /v1/code/files/open</c>.</summary>
public sealed record OpenResponse(string Path, bool Prefetching);
