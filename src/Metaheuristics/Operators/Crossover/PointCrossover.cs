using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>One- or two-point crossover: the genes after one cut (or between two cuts) are swapped; for every lane.</summary>
public sealed class PointCrossover : IRealCrossover, IIntegerCrossover, IBinaryCrossover
{
    private PointCrossover(int points) => Points = points;

    /// <summary>One cut: the tails are swapped.</summary>
    public static PointCrossover OnePoint { get; } = new(1);

    /// <summary>Two cuts: the middles are swapped.</summary>
    public static PointCrossover TwoPoint { get; } = new(2);

    /// <summary>1 or 2.</summary>
    public int Points { get; }

    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<double> parent1, ReadOnlySpan<double> parent2, Span<double> child1, Span<double> child2,
        ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, ref RandomStream random) =>
        GeneExchange.Points(parent1, parent2, child1, child2, Points, ref random);

    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        ReadOnlySpan<int> lower, ReadOnlySpan<int> upper, ref RandomStream random) =>
        GeneExchange.Points(parent1, parent2, child1, child2, Points, ref random);

    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<byte> parent1, ReadOnlySpan<byte> parent2, Span<byte> child1, Span<byte> child2, ref RandomStream random) =>
        GeneExchange.Points(parent1, parent2, child1, child2, Points, ref random);
}
