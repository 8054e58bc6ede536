namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// The keys of a fuzz run: the admin key, the run project's live key, a revoked key of the same project and a live
/// key of another project.
/// </summary>
public sealed record FuzzKeys(string Admin, string Project, string Revoked, string OtherProject);
