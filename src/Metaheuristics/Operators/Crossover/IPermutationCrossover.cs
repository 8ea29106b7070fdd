using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>Recombines two permutations of 0..n−1 into two permutations, using a caller-owned workspace (no allocation).</summary>
public interface IPermutationCrossover
{
    /// <summary>Writes two children, each a valid permutation.</summary>
    void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        PermutationWorkspace workspace, ref RandomStream random);
}
