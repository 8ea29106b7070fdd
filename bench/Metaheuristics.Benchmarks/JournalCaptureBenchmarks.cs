using BenchmarkDotNet.Attributes;
using Metaheuristics.Evaluation;
using Metaheuristics.Journal;
using Metaheuristics.Populations;
using Metaheuristics.Problems.MultiObjective;

namespace Metaheuristics.Benchmarks;

/// <summary>
/// What a journal costs the solving thread per evaluated batch: capturing an NSGA-II offspring batch of ZDT1 (100 rows,
/// 30 genes, 2 objectives), its scores copied and its genomes fingerprinted; with the genomes copied too when every
/// evaluation is recorded. A run of 25,000 evaluations captures 250 such batches.
/// </summary>
[MemoryDiagnoser]
public class JournalCaptureBenchmarks
{
    private readonly JournaledBatch.SharedLanes _shared = new();
    private EvaluationBatch _batch;

    [GlobalSetup]
    public void Setup()
    {
        var problem = new Zdt1();
        var population = new Population(problem.Spec, 200);
        var random = new Random(1);
        for (int row = 0; row < population.Capacity; row++)
        {
            Span<double> genes = population.RealsOf(row);
            for (int i = 0; i < genes.Length; i++)
            {
                genes[i] = random.NextDouble();
            }
            population.ObjectivesOf(row)[0] = genes[0];
            population.ObjectivesOf(row)[1] = 1 - genes[0];
            population.MarkEvaluated(row, 0);
        }
        _batch = new EvaluationBatch(population, 100, 100);
    }

    [Benchmark(Baseline = true, Description = "capture: scores and fingerprint")]
    public JournaledBatch Capture() => JournaledBatch.Capture(3, _batch, withGenomes: false, seconds: 0, _shared);

    [Benchmark(Description = "capture with genomes")]
    public JournaledBatch CaptureWithGenomes() => JournaledBatch.Capture(3, _batch, withGenomes: true, seconds: 0, _shared);

    [Benchmark(Description = "fingerprint alone")]
    public ulong Fingerprint() => GenomeFingerprint.Of(_batch.Population, _batch.Start, _batch.Count);
}
