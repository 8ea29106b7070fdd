using BenchmarkDotNet.Attributes;
using Metaheuristics.Evaluation;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Problems.SingleObjective;
using Metaheuristics.Randomness;

namespace Metaheuristics.Benchmarks;

/// <summary>
/// What the shared pipeline costs per evaluation for a trivial 30-D sphere: a direct loop over the rows (the floor),
/// the serial evaluator and the parallel evaluator (which must fall back to serial when the batch is too cheap).
/// Divide a row's mean by the batch size for the cost per evaluation.
/// </summary>
[MemoryDiagnoser]
public class EvaluatorDispatchBenchmarks
{
    private IProblem _problem = null!;
    private Population _population = null!;
    private IEvaluator _serial = null!;
    private IEvaluator _parallel = null!;
    private double[] _objectives = null!;

    [Params(100, 1_000, 10_000)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _problem = new Sphere(30);
        _population = new Population(_problem.Spec, BatchSize);
        for (int row = 0; row < BatchSize; row++)
        {
            var random = RandomStream.Create(1, StreamPurpose.Sampling, 0, row);
            _problem.Spec.Space.Sample(_population.MutableGenomeOf(row), ref random);
        }
        _serial = new SerialEvaluator(_problem);
        _parallel = new ParallelEvaluator(_problem, new EvaluatorOptions { MaxDegreeOfParallelism = Environment.ProcessorCount });
        _objectives = new double[1];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _serial.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _parallel.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "direct loop (no pipeline)")]
    public double DirectLoop()
    {
        double sum = 0;
        for (int row = 0; row < BatchSize; row++)
        {
            _problem.Evaluate(_population.GenomeOf(row), _objectives, []);
            sum += _objectives[0];
        }
        return sum;
    }

    [Benchmark(Description = "serial evaluator")]
    public EvaluationSummary Serial() => _serial.EvaluateAsync(new EvaluationBatch(_population, 0, BatchSize), CancellationToken.None).GetAwaiter().GetResult();

    [Benchmark(Description = "parallel evaluator")]
    public EvaluationSummary Parallel() => _parallel.EvaluateAsync(new EvaluationBatch(_population, 0, BatchSize), CancellationToken.None).GetAwaiter().GetResult();
}
