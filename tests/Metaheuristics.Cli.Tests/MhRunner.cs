namespace Metaheuristics.Cli.Tests;

/// <summary>Runs <c>mh</c> in-process and captures what it prints.</summary>
internal static class MhRunner
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = await MhApp.RunAsync(args, output, error, interactive: false, cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string TemporaryDirectory()
    {
        string path = Path.Combine(Path.GetTempPath(), "mh-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
