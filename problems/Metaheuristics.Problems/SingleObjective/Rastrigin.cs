namespace Metaheuristics.Problems.SingleObjective;

/// <summary>Rastrigin: 10n + Σ (xᵢ² − 10 cos 2πxᵢ) on [−5.12, 5.12]ⁿ; minimum 0 at the origin.</summary>
public sealed class Rastrigin(int dimension = 30) : BenchmarkFunction("rastrigin", dimension, -5.12, 5.12, 0, 0)
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x)
    {
        double sum = 10.0 * x.Length;
        foreach (double v in x)
        {
            sum += v * v - 10.0 * Math.Cos(2 * Math.PI * v);
        }
        return sum;
    }
}
