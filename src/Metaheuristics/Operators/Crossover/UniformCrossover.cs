using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>Uniform crossover: each gene swapped between the children with <see cref="SwapProbability"/>; for every lane.</summary>
public sealed class UniformCrossover : IRealCrossover, IIntegerCrossover, IBinaryCrossover
{
    /// <summary>Creates the operator.</summary>
    public UniformCrossover(double swapProbability = 0.5)
    {
        if (!(swapProbability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(swapProbability), swapProbability, "swapProbability must be in [0, 1].");
        }
        SwapProbability = swapProbability;
    }

    /// <summary>The chance each gene is swapped.</summary>
    public double SwapProbability { get; }

    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<double> parent1, ReadOnlySpan<double> parent2, Span<double> child1, Span<double> child2,
        ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, ref RandomStream random) =>
        GeneExchange.Uniform(parent1, parent2, child1, child2, SwapProbability, ref random);

    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        ReadOnlySpan<int> lower, ReadOnlySpan<int> upper, ref RandomStream random) =>
        GeneExchange.Uniform(parent1, parent2, child1, child2, SwapProbability, ref random);

    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<byte> parent1, ReadOnlySpan<byte> parent2, Span<byte> child1, Span<byte> child2, ref RandomStream random) =>
        GeneExchange.Uniform(parent1, parent2, child1, child2, SwapProbability, ref random);
}
