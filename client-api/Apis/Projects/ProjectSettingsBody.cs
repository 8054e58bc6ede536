using System.Text.Json.Serialization;

namespace LlmActors.Api.Apis.Projects;

/// <summary><c>PUT /admin/projects/{id}/settings</c>: the fields given replace the project's; the others keep their values.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ProjectSettingsBody(bool? StrictParams, bool? ExactCache, int? ExactCacheTtlSeconds);

/// <summary>The settings as the admin routes answer them.</summary>
public sealed record ProjectSettingsView(bool StrictParams, bool ExactCache, int ExactCacheTtlSeconds);
