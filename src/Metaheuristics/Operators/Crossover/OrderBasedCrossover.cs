using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>
/// Order-based crossover OX2 (Syswerda 1991): a random set of positions is chosen in one parent; in a copy of the other
/// parent, the cities found there are put back in the order the first parent holds them.
/// </summary>
public sealed class OrderBasedCrossover : IPermutationCrossover
{
    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        PermutationWorkspace workspace, ref RandomStream random)
    {
        int n = parent1.Length;
        int[] picked = workspace.PositionsB;
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            if (random.NextBool())
            {
                picked[count++] = i;
            }
        }
        Reorder(parent1, parent2, child1, picked.AsSpan(0, count), workspace);
        Reorder(parent2, parent1, child2, picked.AsSpan(0, count), workspace);
    }

    private static void Reorder(ReadOnlySpan<int> basis, ReadOnlySpan<int> order, Span<int> child, ReadOnlySpan<int> positions, PermutationWorkspace workspace)
    {
        int stamp = workspace.NextStamp();
        int[] marks = workspace.Marks;
        foreach (int position in positions)
        {
            marks[order[position]] = stamp;
        }
        basis.CopyTo(child);
        int next = 0;
        for (int i = 0; i < child.Length; i++)
        {
            if (marks[child[i]] == stamp)
            {
                child[i] = order[positions[next++]];
            }
        }
    }
}
