using Metaheuristics.External;
using Metaheuristics.Problems;

namespace Metaheuristics.Cli.Specs;

/// <summary>Turns a checked <see cref="SpecFile"/> into the problem it describes (starting worker processes for a command).</summary>
internal static class SpecProblemFactory
{
    /// <summary>
    /// The problem, and what must be disposed when the run is over (the worker processes), or null.
    /// </summary>
    /// <exception cref="SpecFileException">The built-in problem refuses its parameters, or the command cannot be started.</exception>
    public static (IOptimizationProblem Problem, IAsyncDisposable? Owned) Create(SpecFile spec)
    {
        IOptimizationProblem problem;
        IAsyncDisposable? owned = null;
        switch (spec.Evaluator)
        {
            case BuiltInSpecEvaluator builtIn:
                try
                {
                    problem = KnownProblems.Create(builtIn.Id, new ProblemParameters(builtIn.Dimension, builtIn.Objectives));
                }
                catch (KnownProblemException exception)
                {
                    string field = exception.Field switch
                    {
                        "dim" => "$.evaluator.dimension",
                        "objectives" => "$.evaluator.objectives",
                        _ => "$.evaluator.problem",
                    };
                    throw new SpecFileException($"{spec.FilePath}: {field}: {exception.Reason}");
                }
                break;
            case TsplibSpecEvaluator tsplib:
                try
                {
                    problem = KnownProblems.Create(KnownProblems.TsplibPrefix + tsplib.FullPath);
                }
                catch (Metaheuristics.Problems.Tsp.TsplibFormatException exception)
                {
                    throw new SpecFileException($"{spec.FilePath}: $.evaluator.tsplib: {exception.Message}");
                }
                break;
            case CommandSpecEvaluator command:
                var problemSpec = new ProblemSpec
                {
                    Name = spec.Name,
                    Space = spec.Space!,
                    Objectives = spec.Objectives!,
                    InequalityCount = spec.Inequalities,
                    EqualityCount = spec.Equalities,
                };
                if (spec.EqualityTolerance is { } tolerance)
                {
                    problemSpec = problemSpec with { EqualityTolerance = tolerance };
                }
                try
                {
                    var external = ExternalProblem.Start(problemSpec, command.Options);
                    problem = external;
                    owned = external;
                }
                catch (InvalidOperationException exception)
                {
                    throw new SpecFileException($"{spec.FilePath}: $.evaluator.command: {exception.Message}");
                }
                break;
            default:
                throw new InvalidOperationException($"Unknown evaluator {spec.Evaluator.GetType().Name}.");
        }
        bool respecify = spec.EqualityTolerance is not null && owned is null;
        return (respecify ? Problem.WithEqualityTolerance(problem, spec.EqualityTolerance!.Value) : problem, owned);
    }
}
