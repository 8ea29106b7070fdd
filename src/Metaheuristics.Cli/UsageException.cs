namespace Metaheuristics.Cli;

/// <summary>A bad command-line value: printed as one line naming the option, exit code 2.</summary>
internal sealed class UsageException(string option, string message) : Exception($"{option}: {message}")
{
    public string Option { get; } = option;
}
