using System.Globalization;

namespace Metaheuristics.Cli.Suites;

/// <summary>
/// What one <c>mh suite</c> runs: every (problem, solver, seed) with seeds 1 … <see cref="Seeds"/>, each as the
/// <c>mh solve</c> arguments that define it. The arguments are built the same way every time, so a run already in
/// the store is recognised by them and not done again.
/// </summary>
internal sealed record SuitePlan(
    string Name,
    IReadOnlyList<SuiteProblem> Problems,
    IReadOnlyList<string> Solvers,
    int Seeds,
    long Evaluations,
    int? Population,
    string OutputDirectory)
{
    /// <summary>The runs in a fixed order: problem, then solver, then seed.</summary>
    public IReadOnlyList<SuiteRunSpec> Runs()
    {
        var runs = new List<SuiteRunSpec>(Problems.Count * Solvers.Count * Seeds);
        CultureInfo c = CultureInfo.InvariantCulture;
        foreach (SuiteProblem problem in Problems)
        {
            foreach (string solver in Solvers)
            {
                for (ulong seed = 1; seed <= (ulong)Seeds; seed++)
                {
                    List<string> arguments = ["--problem", problem.Id, .. problem.Arguments, .. SuiteSolver.Arguments(solver),
                        "--evals", Evaluations.ToString(c), "--seed", seed.ToString(c)];
                    if (Population is { } size)
                    {
                        arguments.AddRange(["--pop", size.ToString(c)]);
                    }
                    string directory = Path.Combine(OutputDirectory, "runs", problem.Id, SuiteSolver.DirectoryName(solver), "seed-" + seed.ToString(c));
                    runs.Add(new SuiteRunSpec(problem.Id, solver, seed, arguments, directory));
                }
            }
        }
        return runs;
    }
}
