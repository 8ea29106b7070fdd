using System.Diagnostics;
using System.Globalization;
using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers;
using Metaheuristics.Termination;

namespace Metaheuristics.Benchmarks.Quality;

/// <summary>
/// Answer-quality runs beside the peers' figures: each (problem, solver) over a number of seeds, single-threaded and
/// in-process, timing only the solve call (as the peer figures do). Prints one markdown row per pair.
/// </summary>
internal static class QualityRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        string suite = args.Length > 1 ? args[1] : "continuous";
        int seeds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 11;
        if (suite == "nsga2")
        {
            return await MultiObjectiveQualityRunner.RunAsync(seeds);
        }
        if (suite == "cec2006")
        {
            return await ConstrainedQualityRunner.RunAsync(seeds, args.Length > 3 ? args[3] : "ga:lagrangian", args.Length > 4 ? args[4] : null);
        }
        (string Id, ProblemParameters Parameters, long Evaluations)[] problems = suite switch
        {
            "continuous" =>
            [
                ("rastrigin", new(30), 100_000), ("rosenbrock", new(30), 100_000), ("ackley", new(30), 100_000),
                ("griewank", new(30), 100_000), ("schwefel", new(30), 100_000),
            ],
            "tsp" => [("berlin52", new(), 75_000), ("kroa100", new(), 75_000)],
            _ => throw new ArgumentException($"unknown suite '{suite}' (continuous, tsp, nsga2, cec2006)"),
        };
        Console.WriteLine($"| problem | solver | evaluations | seeds | median best f | min best f | max best f | median time per run |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach ((string id, ProblemParameters parameters, long evaluations) in problems)
        {
            foreach ((string name, Func<ISolver> create) in QualitySolvers.All)
            {
                if (!QualitySolvers.Handles(name, id))
                {
                    continue;
                }
                var best = new List<double>();
                var times = new List<double>();
                for (int seed = 1; seed <= seeds; seed++)
                {
                    IOptimizationProblem problem = KnownProblems.Create(id, parameters);
                    var settings = new RunSettings
                    {
                        Seed = (ulong)seed,
                        Termination = Terminate.AfterEvaluations(evaluations),
                        Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 1 },
                    };
                    long started = Stopwatch.GetTimestamp();
                    RunResult result = await Optimizer.SolveAsync(problem, create(), settings);
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    best.Add(result.Best!.Objectives[0]);
                }
                best.Sort();
                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {id} | {name} | {evaluations:N0} | {seeds} | {best[best.Count / 2]:G4} | {best[0]:G4} | {best[^1]:G4} | {times[times.Count / 2]:F0} ms |"));
            }
        }
        return 0;
    }
}
