using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Metaheuristics.External;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers.RandomSearch;
using Metaheuristics.Spaces;
using Metaheuristics.Termination;

namespace Metaheuristics.Benchmarks;

/// <summary>
/// Evaluations per second through external worker processes (bench/evaluators/trivial.py, JSON lines): one whole
/// random-search run of 20,000 evaluations over 2 workers that stay up between runs. Target: ≥ 20,000 evaluations/s,
/// so a run should take ≤ 1 s.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10)]
public class ExternalEvaluatorThroughputBenchmarks
{
    private const int Evaluations = 20_000;
    private ExternalProblem _problem = null!;

    [Params(1, 4, 16)]
    public int PipelineDepth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var spec = new ProblemSpec { Name = "trivial", Space = SearchSpace.Real(10, -1, 1) };
        _problem = ExternalProblem.Start(spec, new ExternalEvaluatorOptions
        {
            Command = ["python3", Path.Combine(FindRoot(), "bench", "evaluators", "trivial.py")],
            Workers = 2,
            PipelineDepth = PipelineDepth,
        });
    }

    [GlobalCleanup]
    public void Cleanup() => _problem.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "20,000 evaluations, 2 workers")]
    public long Run()
    {
        RunResult result = Optimizer.SolveAsync(_problem, new RandomSearchSolver(new RandomSearchOptions { BatchSize = 100 }),
            new RunSettings { Seed = 1, Termination = Terminate.AfterEvaluations(Evaluations) }).GetAwaiter().GetResult();
        return result.Evaluations;
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Metaheuristics.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("Metaheuristics.sln not found above the benchmark's folder.");
    }
}
