namespace Metaheuristics.Problems.SingleObjective;

/// <summary>Griewank: 1 + Σ xᵢ²/4000 − Π cos(xᵢ/√i) on [−600, 600]ⁿ; minimum 0 at the origin.</summary>
public sealed class Griewank(int dimension = 30) : BenchmarkFunction("griewank", dimension, -600, 600, 0, 0)
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x)
    {
        double sum = 0, product = 1;
        for (int i = 0; i < x.Length; i++)
        {
            sum += x[i] * x[i];
            product *= Math.Cos(x[i] / Math.Sqrt(i + 1));
        }
        return 1 + sum / 4000 - product;
    }
}
