using System.Diagnostics;
using System.Globalization;
using Metaheuristics.Evaluation;
using Metaheuristics.MultiObjective;
using Metaheuristics.Operators.Crossover;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Nsga2;
using Metaheuristics.Termination;

namespace Metaheuristics.Benchmarks.Quality;

/// <summary>
/// NSGA-II hypervolume, with each SBX bound handling, each way of cutting the last front and each clone handling, beside pagmo's (../shared/peers.md): population 100, 25,100 evaluations (250 generations after
/// the first), single-threaded, hypervolume of the final first front against the peers' reference points.
/// </summary>
internal static class MultiObjectiveQualityRunner
{
    private static readonly (SbxSpread, CrowdingTruncation)[] Variants =
    [
        (SbxSpread.PerSide, CrowdingTruncation.OneShot),
        (SbxSpread.PerSide, CrowdingTruncation.Iterative),
        (SbxSpread.LowerSideForBoth, CrowdingTruncation.OneShot),
        (SbxSpread.LowerSideForBoth, CrowdingTruncation.Iterative),
    ];

    private static readonly bool[] CloneHandling = [false, true];

    public static async Task<int> RunAsync(int seeds)
    {
        (string Id, ProblemParameters Parameters, double[] Reference, double Peer)[] problems =
        [
            ("zdt1", new(30), [1.1, 1.1], 0.86954),
            ("zdt2", new(30), [1.1, 1.1], 0.53622),
            ("zdt3", new(30), [1.1, 1.1], 1.32768),
            ("zdt4", new(10), [1.1, 1.1], 0.86620),
            ("zdt6", new(10), [1.1, 1.1], 0.49628),
            ("dtlz1", new(7, 3), [0.6, 0.6, 0.6], 0.18434),
            ("dtlz2", new(12, 3), [1.1, 1.1, 1.1], 0.70334),
        ];
        Console.WriteLine("| problem | SBX spread | truncation | clones | seeds | HV median | HV min | HV max | pagmo HV median | median time per run | pagmo time |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        double[] pagmoTimes = [123, 128, 124, 116, 112, 122, 115];
        for (int p = 0; p < problems.Length; p++)
        {
            foreach ((SbxSpread spread, CrowdingTruncation truncation) in Variants)
            foreach (bool remutateClones in CloneHandling)
            {
                (string id, ProblemParameters parameters, double[] reference, double peer) = problems[p];
                var volumes = new List<double>();
                var times = new List<double>();
                for (int seed = 1; seed <= seeds; seed++)
                {
                    IOptimizationProblem problem = KnownProblems.Create(id, parameters);
                    var settings = new RunSettings
                    {
                        Seed = (ulong)seed,
                        Termination = Terminate.AfterEvaluations(25_100),
                        Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 1 },
                    };
                    long started = Stopwatch.GetTimestamp();
                    RunResult result = await Optimizer.SolveAsync(problem, new Nsga2Solver(new Nsga2Options
                    {
                        Truncation = truncation,
                        RemutateClones = remutateClones,
                        RealCrossover = new SimulatedBinaryCrossover(20, spread: spread),
                    }), settings);
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    volumes.Add(Hypervolume.Compute([.. result.ParetoSet.Select(s => s.Objectives)], reference));
                }
                volumes.Sort();
                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {id} | {spread} | {truncation} | {(remutateClones ? "remutate" : "keep")} | {seeds} | {volumes[seeds / 2]:F5} | {volumes[0]:F5} | {volumes[^1]:F5} | {peer:F5} | {times[seeds / 2]:F0} ms | {pagmoTimes[p]} ms |"));
            }
        }
        return 0;
    }
}
