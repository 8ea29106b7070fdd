using Metaheuristics.Cli.Catalog;

namespace Metaheuristics.Cli.Suites;

/// <summary>
/// A solver as a suite names it: an id, optionally followed by <c>--set</c> options after colons, so that variants of
/// one solver can be compared (<c>ga</c> against <c>ga:crossover=blx:pm=0.1</c>). The whole text is the label the
/// report shows.
/// </summary>
internal static class SuiteSolver
{
    /// <summary>The <c>mh solve</c> arguments for <paramref name="label"/>: <c>--solver ID</c> and a <c>--set</c> per option.</summary>
    /// <exception cref="UsageException">The id is unknown or an option is not key=value.</exception>
    public static List<string> Arguments(string label)
    {
        string[] parts = label.Split(':');
        SolverEntry entry = SolverCatalog.Find(parts[0]);
        List<string> arguments = ["--solver", entry.Id];
        foreach (string option in parts.Skip(1))
        {
            int equals = option.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == option.Length - 1)
            {
                throw new UsageException("--solvers", $"'{label}': '{option}' is not key=value (write variants as ID:key=value:key=value).");
            }
            arguments.AddRange(["--set", option]);
        }
        return arguments;
    }

    /// <summary>The label as a directory name: anything but letters, digits, '.' and '-' becomes '_'.</summary>
    public static string DirectoryName(string label) =>
        string.Concat(label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
}
