using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>Recombines two integer vectors into two children within bounds; allocates nothing.</summary>
public interface IIntegerCrossover
{
    /// <summary>Writes two children.</summary>
    void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        ReadOnlySpan<int> lower, ReadOnlySpan<int> upper, ref RandomStream random);
}
