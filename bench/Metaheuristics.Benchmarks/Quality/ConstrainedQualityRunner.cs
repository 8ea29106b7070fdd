using System.Globalization;
using Metaheuristics.Constraints;
using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Problems.Constrained;
using Metaheuristics.Running;
using Metaheuristics.Solvers;
using Metaheuristics.Termination;

namespace Metaheuristics.Benchmarks.Quality;

/// <summary>
/// CEC 2006 quality runs beside pagmo's figures from <c>peers.md</c>: every shipped problem with each (solver, handler)
/// pairing, 240,000 evaluations, over a number of seeds; whole runs go in parallel over the cores, each run
/// single-threaded and reproducible from its seed. Prints one markdown row per (problem, pairing).
/// </summary>
internal static class ConstrainedQualityRunner
{
    private const long Evaluations = 240_000;

    /// <summary>pagmo2's self-adaptive penalty around DE, 5 seeds (peers.md): feasible runs and median gap.</summary>
    private static readonly Dictionary<string, string> Pagmo = new()
    {
        ["cec2006-g01"] = "5/5, gap 0.060", ["cec2006-g04"] = "5/5, gap 124", ["cec2006-g06"] = "4/5, gap 1070",
        ["cec2006-g07"] = "5/5, gap 1.17", ["cec2006-g08"] = "5/5, gap 1.2e-4", ["cec2006-g09"] = "5/5, gap 0.632",
        ["cec2006-g10"] = "0/5", ["cec2006-g11"] = "4/5, gap 0", ["cec2006-g18"] = "0/5", ["cec2006-g24"] = "5/5, gap 0.111",
    };

    public static async Task<int> RunAsync(int seeds, string pairings, string? only)
    {
        Console.WriteLine("| problem | solver + handler | feasible runs | median f | best f | median gap | median relative error | pagmo self-adaptive (5 seeds) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (string id in Cec2006.Ids)
        {
            if (only is not null && !only.Split(',').Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            foreach (string pairing in pairings.Split(','))
            {
                string[] parts = pairing.Split(':');
                var outcomes = new (bool Feasible, double F)[seeds];
                await Parallel.ForAsync(0, seeds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, ct) =>
                {
                    IOptimizationProblem problem = Cec2006.Create(id);
                    var settings = new RunSettings
                    {
                        Seed = (ulong)(i + 1),
                        Termination = Terminate.AfterEvaluations(Evaluations),
                        Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 1 },
                        Constraints = Handler(parts[1]),
                    };
                    RunResult result = await Optimizer.SolveAsync(problem, Solver(parts[0]), settings, ct);
                    outcomes[i] = (result.Best!.IsFeasible, result.Best.Objectives[0]);
                });
                double optimum = Cec2006.Create(id).Spec.KnownOptimum!.Value;
                var feasibleF = outcomes.Where(o => o.Feasible).Select(o => o.F).Order().ToList();
                var errors = outcomes.Select(o => o.Feasible ? Math.Abs(o.F - optimum) / Math.Abs(optimum) : double.PositiveInfinity).Order().ToList();
                var gaps = outcomes.Select(o => o.Feasible ? Math.Abs(o.F - optimum) : double.PositiveInfinity).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {id} | {pairing} | {feasibleF.Count}/{seeds} | {Median(feasibleF):G8} | {(feasibleF.Count > 0 ? feasibleF[0] : double.NaN):G8} | {Median(gaps):G3} | {Median(errors):G3} | {Pagmo[id]} |"));
            }
        }
        return 0;
    }

    private static double Median(List<double> sorted) => sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];

    private static ISolver Solver(string name) => name switch
    {
        "ga" => new Solvers.Genetic.GeneticAlgorithm(),
        "pso" => new Solvers.Swarm.ParticleSwarm(),
        "sa" => new Solvers.Annealing.SimulatedAnnealing(),
        "de" => new Solvers.Differential.DifferentialEvolution(),
        _ => throw new ArgumentException($"unknown solver '{name}'"),
    };

    /// <summary>A handler by id; <c>lagrangian/K/GROWTH/REDUCTION</c> sets the Lagrangian's update interval, ρ growth and γ.</summary>
    private static IConstraintHandler Handler(string name) => name.Split('/') switch
    {
        ["lagrangian", var k, var growth, var reduction] => new AugmentedLagrangian(new AugmentedLagrangianOptions
        {
            UpdateInterval = int.Parse(k, CultureInfo.InvariantCulture),
            PenaltyGrowth = double.Parse(growth, CultureInfo.InvariantCulture),
            RequiredReduction = double.Parse(reduction, CultureInfo.InvariantCulture),
        }),
        _ => ByName(name),
    };

    private static IConstraintHandler ByName(string name) => name switch
    {
        "feasibility" => new FeasibilityRules(),
        "lagrangian" => new AugmentedLagrangian(),
        "epsilon" => new EpsilonConstraint(),
        "stochastic-ranking" => new StochasticRanking(),
        "static-penalty" => new StaticPenalty(),
        "adaptive-penalty" => new AdaptivePenalty(),
        "death-penalty" => new DeathPenalty(),
        _ => throw new ArgumentException($"unknown handler '{name}'"),
    };
}
