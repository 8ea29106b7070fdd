using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>
/// Position-based crossover (Syswerda 1991): a child keeps one parent's cities at a random set of positions and fills
/// the other positions with the remaining cities in the other parent's order.
/// </summary>
public sealed class PositionBasedCrossover : IPermutationCrossover
{
    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        PermutationWorkspace workspace, ref RandomStream random)
    {
        int n = parent1.Length;
        int[] keep = workspace.PositionsB;
        for (int i = 0; i < n; i++)
        {
            keep[i] = random.NextBool() ? 1 : 0;
        }
        Fill(parent2, parent1, child1, keep, workspace);
        Fill(parent1, parent2, child2, keep, workspace);
    }

    private static void Fill(ReadOnlySpan<int> kept, ReadOnlySpan<int> order, Span<int> child, int[] keep, PermutationWorkspace workspace)
    {
        int stamp = workspace.NextStamp();
        int[] marks = workspace.Marks;
        for (int i = 0; i < child.Length; i++)
        {
            if (keep[i] == 1)
            {
                child[i] = kept[i];
                marks[kept[i]] = stamp;
            }
        }
        int source = 0;
        for (int i = 0; i < child.Length; i++)
        {
            if (keep[i] == 1)
            {
                continue;
            }
            while (marks[order[source]] == stamp)
            {
                source++;
            }
            child[i] = order[source++];
        }
    }
}
