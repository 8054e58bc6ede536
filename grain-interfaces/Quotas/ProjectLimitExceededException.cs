namespace LlmActors.Quotas;

/// <summary>
/// A request would take a project past one of its limits; the message names the limit and its value. API hosts
/// answer it 429 <c>project_limit_exceeded</c>.
/// </summary>
[GenerateSerializer, Alias("quota.limit-exceeded")]
public sealed class ProjectLimitExceededException(string message) : Exception(message);
