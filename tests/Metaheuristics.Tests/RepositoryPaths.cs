namespace Metaheuristics.Tests;

/// <summary>Files of the repository the tests read (README, shipped examples, test evaluators).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Metaheuristics.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("Metaheuristics.sln not found above the test directory.");
    }
}
