namespace Metaheuristics.Problems.SingleObjective;

/// <summary>Sphere: Σ xᵢ² on [−5.12, 5.12]ⁿ; minimum 0 at the origin.</summary>
public sealed class Sphere(int dimension = 30) : BenchmarkFunction("sphere", dimension, -5.12, 5.12, 0, 0)
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x)
    {
        double sum = 0;
        foreach (double v in x)
        {
            sum += v * v;
        }
        return sum;
    }
}
