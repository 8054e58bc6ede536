using System.Reflection;

namespace LlmActors.Silo.Schema;

/// <summary>The <c>silo/Schema/*.sql</c> files embedded in this assembly, in file-name order (0001, 0002, ...).</summary>
public static class SchemaScripts
{
    private const string ResourcePrefix = "LlmActors.Silo.Schema.";

    public static IReadOnlyList<SchemaScript> All { get; } = Load(typeof(SchemaScripts).Assembly);

    private static List<SchemaScript> Load(Assembly assembly) =>
        [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new SchemaScript(n[ResourcePrefix.Length..], Read(assembly, n)))];

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
