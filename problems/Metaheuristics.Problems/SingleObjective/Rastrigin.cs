namespace Metaheuristics.Problems.SingleObjective;

/// <summary>Rastrigin: 10n + Σ (xᵢ² − 10 cos 2πxᵢ) on [−5.12, 5.12]ⁿ; minimum 0 at the origin.</summary>
public sealed class Rastrigin(int dimension = 30) : BenchmarkFunction("rastrigin", dimension, -5.12, 5.12, 0, 0)
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x)
    {
        (double squares, double cosines) = VectorSums.SquaresAndCosines(x);
        return 10.0 * x.Length + squares - 10.0 * cosines;
    }
}
