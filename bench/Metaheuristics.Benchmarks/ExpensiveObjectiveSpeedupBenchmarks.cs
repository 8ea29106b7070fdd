using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Metaheuristics.Evaluation;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.Benchmarks;

/// <summary>
/// Speed-up of the parallel evaluator over the serial one for an objective that busy-waits 100 µs, batch of 100
/// (pagmo's thread_bfe: 1.85× on 2 cores; GeneticSharp's parallel executor: 1.6×).
/// </summary>
[MemoryDiagnoser]
public class ExpensiveObjectiveSpeedupBenchmarks
{
    private const int BatchSize = 100;
    private Population _population = null!;
    private IEvaluator _serial = null!;
    private IEvaluator _parallel = null!;

    [GlobalSetup]
    public void Setup()
    {
        var spec = new ProblemSpec { Name = "busy-wait", Space = SearchSpace.Real(30, -1, 1) };
        IProblem problem = Problem.Create(spec, (genome, objectives, _) =>
        {
            long until = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 10_000;
            while (Stopwatch.GetTimestamp() < until)
            {
                Thread.SpinWait(10);
            }
            objectives[0] = genome[0];
        });
        _population = new Population(spec, BatchSize);
        _serial = new SerialEvaluator(problem);
        _parallel = new ParallelEvaluator(problem, new EvaluatorOptions { MaxDegreeOfParallelism = Environment.ProcessorCount });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _serial.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _parallel.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "serial, 100 × 100 µs")]
    public EvaluationSummary Serial() => _serial.EvaluateAsync(new EvaluationBatch(_population, 0, BatchSize), CancellationToken.None).GetAwaiter().GetResult();

    [Benchmark(Description = "parallel, 100 × 100 µs")]
    public EvaluationSummary Parallel() => _parallel.EvaluateAsync(new EvaluationBatch(_population, 0, BatchSize), CancellationToken.None).GetAwaiter().GetResult();
}
