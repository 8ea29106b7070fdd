namespace Metaheuristics.Problems.SingleObjective;

/// <summary>Rosenbrock: Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)² on [−5, 10]ⁿ (pagmo's bounds); minimum 0 at (1, …, 1).</summary>
public sealed class Rosenbrock(int dimension = 30) : BenchmarkFunction("rosenbrock", AtLeastTwo(dimension), -5, 10, 0, 1)
{
    private static int AtLeastTwo(int dimension) => dimension >= 2
        ? dimension
        : throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Rosenbrock needs at least 2 dimensions.");

    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x)
    {
        double sum = 0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            sum += 100 * a * a + b * b;
        }
        return sum;
    }
}
