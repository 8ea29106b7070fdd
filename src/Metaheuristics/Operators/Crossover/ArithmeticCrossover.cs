using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>Whole arithmetic crossover: with one random weight w, child₁ = w·p₁ + (1−w)·p₂ and child₂ = (1−w)·p₁ + w·p₂; stays in a box by convexity.</summary>
public sealed class ArithmeticCrossover : IRealCrossover
{
    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<double> parent1, ReadOnlySpan<double> parent2, Span<double> child1, Span<double> child2,
        ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, ref RandomStream random)
    {
        double w = random.NextDouble();
        for (int i = 0; i < parent1.Length; i++)
        {
            double a = parent1[i], b = parent2[i];
            child1[i] = w * a + (1 - w) * b;
            child2[i] = (1 - w) * a + w * b;
        }
    }
}
