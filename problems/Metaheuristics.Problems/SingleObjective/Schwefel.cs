namespace Metaheuristics.Problems.SingleObjective;

/// <summary>
/// Schwefel 2.26: 418.9828872724339·n − Σ xᵢ sin(√|xᵢ|) on [−500, 500]ⁿ; minimum 0 (to about 1e-10 per dimension) at
/// xᵢ = 420.9687462275036, far from the next best local minima.
/// </summary>
public sealed class Schwefel(int dimension = 30) : BenchmarkFunction("schwefel", dimension, -500, 500, 0, OptimumCoordinate)
{
    /// <summary>The coordinate of the optimum in every dimension.</summary>
    public const double OptimumCoordinate = 420.9687462275036;

    private const double Offset = 418.9828872724339;

    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x)
    {
        return Offset * x.Length - VectorSums.SinesOfRoots(x);
    }
}
