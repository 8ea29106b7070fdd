using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>Recombines two real-coded parents into two children within bounds; allocates nothing.</summary>
public interface IRealCrossover
{
    /// <summary>Writes two children; parents and children have the same length as the bounds.</summary>
    void Cross(ReadOnlySpan<double> parent1, ReadOnlySpan<double> parent2, Span<double> child1, Span<double> child2,
        ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, ref RandomStream random);
}
