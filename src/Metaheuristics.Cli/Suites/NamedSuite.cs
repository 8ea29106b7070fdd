namespace Metaheuristics.Cli.Suites;

/// <summary>
/// A suite <c>mh suite --suite ID</c> runs: its problems (each with the arguments that pin its size), the solvers it
/// compares (the first is the reference the others are tested against), and the budget and seeds the literature or
/// our peer figures use for it. Every part can be overridden on the command line.
/// </summary>
internal sealed record NamedSuite(
    string Id,
    string Description,
    IReadOnlyList<SuiteProblem> Problems,
    IReadOnlyList<string> Solvers,
    long Evaluations,
    int Seeds,
    int? Population);
