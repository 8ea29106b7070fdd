using System.CommandLine;
using Metaheuristics.Cli.Commands;
using Metaheuristics.Validation;

namespace Metaheuristics.Cli;

/// <summary>The <c>mh</c> application, runnable in-process with its own writers (what the tests do).</summary>
internal static class MhApp
{
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go (stdout).</param>
    /// <param name="error">Where errors and plain progress lines go (stderr).</param>
    /// <param name="interactive">True when both streams are a terminal: progress is then drawn live.</param>
    /// <param name="workingDirectory">Where the default run store lives (null: the process's working directory).</param>
    /// <param name="cancellationToken">Ctrl-C.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive = false,
        string? workingDirectory = null, CancellationToken cancellationToken = default)
    {
        string directory = workingDirectory ?? Environment.CurrentDirectory;
        var root = new RootCommand("mh: derivative-free optimization from the command line")
        {
            SolveCommand.Create(output, error, interactive, directory),
            ListCommand.Create(output),
            RunsCommand.Create(output, error, interactive, directory),
            SuiteCommand.Create(output, error, directory, TimeProvider.System),
        };
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            error.WriteLine($"error: {parse.Errors[0].Message}");
            return ExitCodes.Usage;
        }
        try
        {
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (OptionsValidationException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Usage;
        }
    }
}
