using Spectre.Console;

namespace Metaheuristics.Cli;

/// <summary>Where <c>mh</c> writes: results to <see cref="Output"/>, errors and progress to <see cref="Error"/>.</summary>
internal sealed record Terminal(TextWriter Output, TextWriter Error, bool Interactive)
{
    /// <summary>A Spectre console drawing on the error stream, for the live progress display.</summary>
    public IAnsiConsole ErrorConsole() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        Interactive = InteractionSupport.Yes,
        Ansi = AnsiSupport.Detect,
    });
}
