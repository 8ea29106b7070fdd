namespace Metaheuristics.Cli.Tests;

/// <summary>Runs <c>mh</c> in-process and captures what it prints.</summary>
internal static class MhRunner
{
    /// <summary>Runs in a fresh working directory, so the default run store of one test never meets another's.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, CancellationToken cancellationToken) =>
        RunInAsync(TemporaryDirectory(), args, cancellationToken);

    /// <summary>Runs with <paramref name="workingDirectory"/> as the working directory (where the default run store lives).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunInAsync(string workingDirectory, string[] args,
        CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = await MhApp.RunAsync(args, output, error, interactive: false, workingDirectory, cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string TemporaryDirectory()
    {
        string path = Path.Combine(Path.GetTempPath(), "mh-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
