using System.Text.Json.Serialization;

namespace LlmActors.Api.Apis.Projects;

/// <summary>The admin routes' typed bodies: camelCase, a field given twice or unknown refused.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowDuplicateProperties = false, MaxDepth = 16)]
[JsonSerializable(typeof(ProjectSettingsBody))]
public sealed partial class AdminJsonContext : JsonSerializerContext;
