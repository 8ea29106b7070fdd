using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>Recombines two bit strings into two children; allocates nothing.</summary>
public interface IBinaryCrossover
{
    /// <summary>Writes two children.</summary>
    void Cross(ReadOnlySpan<byte> parent1, ReadOnlySpan<byte> parent2, Span<byte> child1, Span<byte> child2, ref RandomStream random);
}
