using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>
/// Partially mapped crossover PMX (Goldberg &amp; Lingle 1985): a child starts as one parent and takes a random slice of
/// the other; cities displaced by the slice move to the positions the mapping frees.
/// </summary>
public sealed class PartiallyMappedCrossover : IPermutationCrossover
{
    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        PermutationWorkspace workspace, ref RandomStream random)
    {
        (int a, int b) = PermutationWorkspace.RandomSlice(parent1.Length, ref random);
        Map(parent1, parent2, child1, a, b, workspace.PositionsA);
        Map(parent2, parent1, child2, a, b, workspace.PositionsA);
    }

    // Swapping each slice city into place in a copy of the base parent gives exactly PMX's child.
    private static void Map(ReadOnlySpan<int> slice, ReadOnlySpan<int> basis, Span<int> child, int a, int b, int[] position)
    {
        basis.CopyTo(child);
        for (int i = 0; i < child.Length; i++)
        {
            position[child[i]] = i;
        }
        for (int i = a; i <= b; i++)
        {
            int city = slice[i];
            int j = position[city];
            int displaced = child[i];
            child[i] = city;
            child[j] = displaced;
            position[city] = i;
            position[displaced] = j;
        }
    }
}
