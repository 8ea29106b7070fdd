using System.CommandLine;
using Metaheuristics.Cli.Catalog;
using Metaheuristics.Problems;

namespace Metaheuristics.Cli.Commands;

/// <summary><c>mh list problems|solvers</c>.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter output)
    {
        var problems = new Command("problems", "List the built-in problems");
        problems.SetAction(_ =>
        {
            foreach (KnownProblem problem in KnownProblems.All)
            {
                output.WriteLine($"{problem.Id,-12} {problem.Description}");
            }
            output.WriteLine($"{KnownProblems.TsplibPrefix + "PATH",-12} any TSPLIB file (EUC_2D, CEIL_2D, ATT, GEO, EXPLICIT)");
            return ExitCodes.Success;
        });
        var solvers = new Command("solvers", "List the solvers and their --set keys");
        solvers.SetAction(_ =>
        {
            foreach (SolverEntry solver in SolverCatalog.All)
            {
                output.WriteLine($"{solver.Id,-12} {solver.Description}");
                foreach (SolverOption option in solver.Options)
                {
                    output.WriteLine($"    --set {option.Key}=…  {option.Description} (default {option.Default})");
                }
            }
            return ExitCodes.Success;
        });
        return new Command("list", "List problems or solvers") { problems, solvers };
    }
}
