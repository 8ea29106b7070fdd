using BenchmarkDotNet.Attributes;
using Metaheuristics.MultiObjective;

namespace Metaheuristics.Benchmarks;

/// <summary>
/// Exact hypervolume of a non-dominated set on the unit sphere's positive orthant (DTLZ2's front shape) against the
/// reference point 1.1: what a run pays per generation when its reports carry the hypervolume.
/// </summary>
[MemoryDiagnoser]
public class HypervolumeBenchmarks
{
    private double[][] _points = null!;
    private double[] _reference = null!;

    [Params(2, 3)]
    public int Objectives { get; set; }

    [Params(100, 1_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        _points = new double[Points][];
        for (int i = 0; i < Points; i++)
        {
            var point = new double[Objectives];
            double norm = 0;
            for (int k = 0; k < Objectives; k++)
            {
                point[k] = random.NextDouble() + 1e-9;
                norm += point[k] * point[k];
            }
            for (int k = 0; k < Objectives; k++)
            {
                point[k] /= Math.Sqrt(norm);
            }
            _points[i] = point;
        }
        _reference = [.. Enumerable.Repeat(1.1, Objectives)];
    }

    [Benchmark(Description = "exact hypervolume")]
    public double Compute() => Hypervolume.Compute(_points, _reference);
}
