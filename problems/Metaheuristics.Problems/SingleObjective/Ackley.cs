namespace Metaheuristics.Problems.SingleObjective;

/// <summary>Ackley: −20 exp(−0.2 √(Σxᵢ²/n)) − exp(Σ cos(2πxᵢ)/n) + 20 + e on [−15, 30]ⁿ (pagmo's bounds); minimum 0 at the origin.</summary>
public sealed class Ackley(int dimension = 30) : BenchmarkFunction("ackley", dimension, -15, 30, 0, 0)
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x)
    {
        (double squares, double cosines) = VectorSums.SquaresAndCosines(x);
        double n = x.Length;
        return -20 * Math.Exp(-0.2 * Math.Sqrt(squares / n)) - Math.Exp(cosines / n) + 20 + Math.E;
    }
}
