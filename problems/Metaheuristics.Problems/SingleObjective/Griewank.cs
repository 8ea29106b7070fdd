namespace Metaheuristics.Problems.SingleObjective;

/// <summary>Griewank: 1 + Σ xᵢ²/4000 − Π cos(xᵢ/√i) on [−600, 600]ⁿ; minimum 0 at the origin.</summary>
public sealed class Griewank(int dimension = 30) : BenchmarkFunction("griewank", dimension, -600, 600, 0, 0)
{
    // 1/√i for each coordinate, so that an evaluation multiplies instead of taking roots and dividing.
    private readonly double[] _inverseRoots = InverseRoots(dimension);

    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x)
    {
        if (x.Length != _inverseRoots.Length)
        {
            throw new ArgumentException($"Griewank-{_inverseRoots.Length} takes {_inverseRoots.Length} coordinates, got {x.Length}.", nameof(x));
        }
        (double squares, double product) = VectorSums.SquaresAndCosineProduct(x, _inverseRoots);
        return 1 + squares / 4000 - product;
    }

    private static double[] InverseRoots(int dimension)
    {
        var roots = new double[Math.Max(dimension, 0)];
        for (int i = 0; i < roots.Length; i++)
        {
            roots[i] = 1 / Math.Sqrt(i + 1);
        }
        return roots;
    }
}
