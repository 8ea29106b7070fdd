using System.CommandLine;
using Metaheuristics.Cli.Catalog;
using Metaheuristics.Problems;

namespace Metaheuristics.Cli.Commands;

/// <summary><c>mh list problems|solvers|constraints|suites</c>.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter output)
    {
        var problems = new Command("problems", "List the built-in problems");
        problems.SetAction(_ =>
        {
            foreach (KnownProblem problem in KnownProblems.All)
            {
                output.WriteLine($"{problem.Id,-13} {problem.Description}");
            }
            output.WriteLine($"{KnownProblems.TsplibPrefix + "PATH",-13} any TSPLIB file (EUC_2D, CEIL_2D, ATT, GEO, EXPLICIT)");
            return ExitCodes.Success;
        });
        var solvers = new Command("solvers", "List the solvers and their --set keys");
        solvers.SetAction(_ =>
        {
            foreach (SolverEntry solver in SolverCatalog.All)
            {
                output.WriteLine($"{solver.Id,-12} {solver.Description}");
                foreach (SettingKey option in solver.Options)
                {
                    output.WriteLine($"    --set {option.Key}=…  {option.Description} (default {option.Default})");
                }
            }
            return ExitCodes.Success;
        });
        var constraints = new Command("constraints", "List the constraint handlers and their --set keys");
        constraints.SetAction(_ =>
        {
            foreach (ConstraintHandlerEntry handler in ConstraintHandlerCatalog.All)
            {
                output.WriteLine($"{handler.Id,-19} {handler.Description}");
                foreach (SettingKey option in handler.Options)
                {
                    output.WriteLine($"    --set {option.Key}=…  {option.Description} (default {option.Default})");
                }
            }
            return ExitCodes.Success;
        });
        var suites = new Command("suites", "List the named benchmark suites of 'mh suite --suite'");
        suites.SetAction(_ =>
        {
            foreach (Suites.NamedSuite suite in Suites.NamedSuites.All)
            {
                output.WriteLine($"{suite.Id,-10} {suite.Description}");
            }
            return ExitCodes.Success;
        });
        return new Command("list", "List problems, solvers, constraint handlers or suites") { problems, solvers, constraints, suites };
    }
}
