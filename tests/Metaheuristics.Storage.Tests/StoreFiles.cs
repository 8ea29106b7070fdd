namespace Metaheuristics.Storage.Tests;

/// <summary>A fresh folder per test for database files.</summary>
internal static class StoreFiles
{
    public static string NewPath(string name = "runs.db")
    {
        string directory = Path.Combine(Path.GetTempPath(), "mh-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }
}
