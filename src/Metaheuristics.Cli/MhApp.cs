using System.CommandLine;
using Metaheuristics.Cli.Commands;
using Metaheuristics.Validation;

namespace Metaheuristics.Cli;

/// <summary>The <c>mh</c> application, runnable in-process with its own writers (what the tests do).</summary>
internal static class MhApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("mh: derivative-free optimization from the command line")
        {
            SolveCommand.Create(output),
            ListCommand.Create(output),
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
