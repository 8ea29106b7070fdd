using BenchmarkDotNet.Attributes;
using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Problems.MultiObjective;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Nsga2;
using Metaheuristics.Termination;

namespace Metaheuristics.Benchmarks;

/// <summary>
/// NSGA-II runs of 5 and 25 generations after the first population, single-threaded, including evaluation of the
/// cheap problem: (time of 25 − time of 5) / 20 is the time per generation, comparable with pagmo's per-generation figures.
/// </summary>
[MemoryDiagnoser]
public class Nsga2GenerationBenchmarks
{
    private IProblem _zdt1 = null!;
    private IProblem _dtlz2 = null!;

    [Params(100, 1_000, 4_000)]
    public int PopulationSize { get; set; }

    [Params(5, 25)]
    public int Generations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _zdt1 = new Zdt1();
        _dtlz2 = new Dtlz2(3);
    }

    [Benchmark(Description = "nsga2, zdt1")]
    public RunResult Zdt1() => Run(_zdt1, CrowdingTruncation.OneShot);

    [Benchmark(Description = "nsga2, dtlz2")]
    public RunResult Dtlz2() => Run(_dtlz2, CrowdingTruncation.OneShot);

    [Benchmark(Description = "nsga2 iterative cut, zdt1")]
    public RunResult IterativeZdt1() => Run(_zdt1, CrowdingTruncation.Iterative);

    [Benchmark(Description = "nsga2 iterative cut, dtlz2")]
    public RunResult IterativeDtlz2() => Run(_dtlz2, CrowdingTruncation.Iterative);

    private RunResult Run(IProblem problem, CrowdingTruncation truncation) =>
        Optimizer.SolveAsync(problem, new Nsga2Solver(new Nsga2Options { PopulationSize = PopulationSize, Truncation = truncation }), new RunSettings
        {
            Seed = 1,
            Termination = Terminate.AfterEvaluations((long)PopulationSize * (Generations + 1)),
            Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 1 },
        }).GetAwaiter().GetResult();
}
