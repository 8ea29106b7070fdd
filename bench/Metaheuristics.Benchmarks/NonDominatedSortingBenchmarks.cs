using BenchmarkDotNet.Attributes;
using Metaheuristics.MultiObjective;
using Metaheuristics.Randomness;

namespace Metaheuristics.Benchmarks;

/// <summary>Non-dominated sorting of 10,000 uniformly random points (issue targets: ≤ 2 ms for 2 objectives, ≤ 20 ms for 3).</summary>
[MemoryDiagnoser]
public class NonDominatedSortingBenchmarks
{
    private const int Points = 10_000;
    private double[] _objectives = null!;
    private int[] _rows = null!;
    private int[] _ranks = null!;
    private NonDominatedSorting _sorting = null!;

    [Params(2, 3)]
    public int Objectives { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _objectives = new double[Points * Objectives];
        var random = RandomStream.Create(1, StreamPurpose.Sampling, 0, 0);
        for (int i = 0; i < _objectives.Length; i++)
        {
            _objectives[i] = random.NextDouble();
        }
        _rows = Enumerable.Range(0, Points).ToArray();
        _ranks = new int[Points];
        _sorting = new NonDominatedSorting(Points);
    }

    [Benchmark(Description = "sort 10,000 random points")]
    public int Sort() => _sorting.Sort(_objectives, Objectives, _rows, _ranks);
}
