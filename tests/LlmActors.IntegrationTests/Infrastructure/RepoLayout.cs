using System.Reflection;

namespace LlmActors.IntegrationTests.Infrastructure;

/// <summary>Where the built silo and API live: the same configuration as this test assembly, under the repo root.</summary>
public static class RepoLayout
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } =
        typeof(RepoLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string SiloDll => Dll("silo", "LlmActors.Silo");

    public static string ApiDll => Dll("client-api", "LlmActors.Api");

    public static string SimulatorDll => Dll("model-sim", "LlmActors.ModelSim");

    private static string Dll(string folder, string assembly)
    {
        var path = Path.Combine(Root, folder, "bin", Configuration, "net10.0", assembly + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution ({Configuration}) first: {path} is missing.", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LlmActors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No LlmActors.sln above {AppContext.BaseDirectory}.");
    }
}
