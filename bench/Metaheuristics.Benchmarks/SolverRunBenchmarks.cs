using BenchmarkDotNet.Attributes;
using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Problems.SingleObjective;
using Metaheuristics.Problems.Tsp;
using Metaheuristics.Running;
using Metaheuristics.Solvers;
using Metaheuristics.Solvers.Annealing;
using Metaheuristics.Solvers.Genetic;
using Metaheuristics.Solvers.Swarm;
using Metaheuristics.Termination;

namespace Metaheuristics.Benchmarks;

/// <summary>
/// Whole single-threaded runs at two budgets: the difference in allocated bytes between them, divided by the extra
/// evaluations, is what a solver allocates per child in steady state (setup and result cost the same at both budgets).
/// </summary>
[MemoryDiagnoser]
public class SolverRunBenchmarks
{
    private IProblem _tour = null!;
    private IProblem _rastrigin = null!;

    [Params(7_500, 75_000)]
    public int Evaluations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _tour = KnownTsplibInstances.Problem("berlin52");
        _rastrigin = new Rastrigin(30);
    }

    [Benchmark(Description = "ga, berlin52")]
    public RunResult GeneticAlgorithmTour() => Run(_tour, new GeneticAlgorithm());

    [Benchmark(Description = "sa, berlin52")]
    public RunResult AnnealingTour() => Run(_tour, new SimulatedAnnealing());

    [Benchmark(Description = "ga, rastrigin-30")]
    public RunResult GeneticAlgorithmRastrigin() => Run(_rastrigin, new GeneticAlgorithm());

    [Benchmark(Description = "pso, rastrigin-30")]
    public RunResult SwarmRastrigin() => Run(_rastrigin, new ParticleSwarm());

    private RunResult Run(IProblem problem, ISolver solver) =>
        Optimizer.SolveAsync(problem, solver, new RunSettings
        {
            Seed = 1,
            Termination = Terminate.AfterEvaluations(Evaluations),
            Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 1 },
        }).GetAwaiter().GetResult();
}
